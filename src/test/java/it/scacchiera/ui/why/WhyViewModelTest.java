package it.scacchiera.ui.why;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.planning.Why;
import it.scacchiera.ui.common.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

class WhyViewModelTest {
    private static List<String> names(WhyViewModel model) {
        return model.shown().stream().map(BrokenRule::name).toList();
    }

    @Test
    void setReport_softListedFirst_showsHardFirstAndSkipsUnbroken() {
        var model = new WhyViewModel();

        model.setReport(Reports.softAndHard());

        assertEquals(
                List.of(
                        "Less than 11 hours of rest",
                        "Neighbouring desks occupied at once",
                        "Changes from the published plan"),
                names(model));
        assertEquals(
                List.of(Severity.HARD, Severity.HARD, Severity.SOFT),
                model.shown().stream().map(BrokenRule::severity).toList());
    }

    @Test
    void filter_italianWording_findsRulesAndReasonsByTheirItalianWords() {
        var model = new WhyViewModel();
        model.setReport(Reports.softAndHard());
        model.wordIn(new WhyWording(Bundles.load(Bundles.ITALIAN)));

        model.filterProperty().set("riposo");
        List<String> byRule = names(model);
        model.filterProperty().set("lieve");
        List<String> bySeverity = names(model);
        model.filterProperty().set("postazioni vicine");
        List<Why> byReason =
                model.shown().stream().flatMap(rule -> rule.reasons().stream()).toList();

        assertEquals(List.of("Less than 11 hours of rest"), byRule);
        assertEquals(List.of("Changes from the published plan"), bySeverity);
        assertEquals(List.of(Reports.NEIGHBOURS), byReason);
    }

    @Test
    void setReport_severalRules_putsEachReasonUnderItsRule() {
        var model = new WhyViewModel();

        model.setReport(Reports.softAndHard());

        assertEquals(List.of(Reports.NEIGHBOURS), reasonsOf(model, "Neighbouring desks occupied at once"));
        assertEquals(List.of(Reports.REST), reasonsOf(model, "Less than 11 hours of rest"));
    }

    @Test
    void setReport_oneRule_putsTheReasonsUnderIt() {
        var model = new WhyViewModel();

        model.setReport(Reports.oneHard());

        assertEquals(List.of(Reports.NEIGHBOURS), model.shown().get(0).reasons());
    }

    private static List<Why> reasonsOf(WhyViewModel model, String rule) {
        return model.shown().stream()
                .filter(broken -> broken.name().equals(rule))
                .findFirst()
                .orElseThrow()
                .reasons();
    }

    @Test
    void setReport_nothingBroken_saysSo() {
        var model = new WhyViewModel();
        model.setReport(Reports.softAndHard());

        model.setReport(Reports.clean());

        assertTrue(model.noBrokenRulesProperty().get());
        assertTrue(model.shown().isEmpty());
    }

    @Test
    void setRules_mediumBetweenHardAndSoft_ordersBySeverityThenScore() {
        var model = new WhyViewModel();

        model.setRules(List.of(
                new BrokenRule(Severity.SOFT, "s", HardMediumSoftScore.ofSoft(-1), 1, List.of()),
                new BrokenRule(Severity.MEDIUM, "m", HardMediumSoftScore.ofMedium(-1), 1, List.of()),
                new BrokenRule(Severity.HARD, "h1", HardMediumSoftScore.ofHard(-1), 1, List.of()),
                new BrokenRule(Severity.HARD, "h5", HardMediumSoftScore.ofHard(-5), 5, List.of())));

        assertEquals(List.of("h5", "h1", "m", "s"), names(model));
        assertFalse(model.noBrokenRulesProperty().get());
    }

    @Test
    void filter_anOperatorId_keepsOnlyTheRulesAndReasonsNamingIt() {
        var model = new WhyViewModel();
        model.setRules(List.of(
                new BrokenRule(
                        Severity.HARD, "Neighbours", HardMediumSoftScore.ofHard(-1), 1, List.of(Reports.NEIGHBOURS)),
                new BrokenRule(Severity.HARD, "Rest", HardMediumSoftScore.ofHard(-1), 1, List.of(Reports.REST))));

        model.filterProperty().set("op3");

        assertEquals(List.of("Rest"), names(model));
        assertEquals(List.of(Reports.REST), model.shown().get(0).reasons());
    }

    @Test
    void filter_aDeskLabel_findsTheReason() {
        var model = new WhyViewModel();
        model.setReport(Reports.softAndHard());

        model.filterProperty().set("b3");

        assertEquals(List.of("Neighbouring desks occupied at once"), names(model));
        assertEquals(List.of(Reports.NEIGHBOURS), model.shown().get(0).reasons());
    }

    @Test
    void selectWhy_callbacksRegistered_receiveIt() {
        var model = new WhyViewModel();
        var selected = new ArrayList<Why>();
        model.onSelect(selected::add);
        model.setReport(Reports.oneHard());

        model.selectedWhyProperty().set(Reports.NEIGHBOURS);

        assertEquals(List.of(Reports.NEIGHBOURS), selected);
    }

    @Test
    void filter_anOperatorsName_findsTheReasonsNamingThem() {
        var model = new WhyViewModel();
        model.setReport(Reports.softAndHard());

        model.setNames(
                new WhyNames(Map.of("OP2", "Łukasz Nowak", "OP3", "Anna Bianchi"), Map.of("sala-uno", "Sala Uno")));
        model.filterProperty().set("łukasz");

        assertEquals(List.of(Reports.NEIGHBOURS), reasonsOf(model, "Neighbouring desks occupied at once"));
        assertEquals(List.of("Neighbouring desks occupied at once"), names(model));
    }

    @Test
    void names_unknownIds_areShownAsTheyAre() {
        var names = new WhyNames(Map.of("OP1", "Anna Bianchi"), Map.of("sala-uno", "Sala Uno"));

        assertEquals("Anna Bianchi, OP9", names.operators(List.of("OP1", "OP9")));
        assertEquals("Sala Uno", names.room("sala-uno"));
        assertEquals("sala-nove", names.room("sala-nove"));
        assertEquals("", names.room(null));
    }
}
