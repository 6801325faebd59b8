package it.scacchiera.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.persistence.Pin;
import it.scacchiera.persistence.PinnedLocation;
import it.scacchiera.roster.ScheduleEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorListViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static List<String> ids(OperatorListViewModel model) {
        return model.shown().stream().map(OperatorRow::id).toList();
    }

    @Test
    void search_partOfAName_keepsOnlyThatOperator() {
        var model = new OperatorListViewModel(Operators.staff());

        model.searchProperty().set("VERDI");

        assertEquals(List.of("OP3"), ids(model));
    }

    @Test
    void search_partOfAnId_matchesCaseInsensitively() {
        var model = new OperatorListViewModel(Operators.staff());

        model.searchProperty().set("op4");

        assertEquals(List.of("OP4"), ids(model));
    }

    @Test
    void filters_teamAndEmployer_combine() {
        var model = new OperatorListViewModel(Operators.staff());

        model.teamProperty().set("Beta");
        model.employerProperty().set("Outsourcer Srl");

        assertEquals(List.of("OP4"), ids(model));
    }

    @Test
    void filters_skillAndRemote_combine() {
        var model = new OperatorListViewModel(Operators.staff());

        model.skillProperty().set("CARE");
        model.remoteOnlyProperty().set(true);

        assertEquals(List.of("OP3"), ids(model));
    }

    @Test
    void filters_backToAny_showsEveryone() {
        var model = new OperatorListViewModel(Operators.staff());
        model.teamProperty().set("Alfa");

        model.teamProperty().set(OperatorListViewModel.ANY);

        assertEquals(List.of("OP1", "OP2", "OP3", "OP4"), ids(model));
    }

    @Test
    void choices_teamsEmployersSkills_startWithAnyThenSorted() {
        var model = new OperatorListViewModel(Operators.staff());

        assertEquals(List.of("", "Alfa", "Beta"), model.teams());
        assertEquals(List.of("", "Outsourcer Srl", "in-house"), model.employers());
        assertEquals(List.of("", "CARE", "SALES", "TECH"), model.skills());
    }

    @Test
    void unassignedOnly_dayStatesFromPlanAndPins_keepsThePinnedUnplaced() {
        var model = new OperatorListViewModel(Operators.staff());
        var entries = List.of(entry("OP1", "sala-uno", DeskId.parse("B2")), entry("OP3", null, null));
        var pins = List.of(Pin.working("OP2", MONDAY, "M", PinnedLocation.ANY), Pin.dayOff("OP4", MONDAY));
        model.setDayStates(DayState.of(entries, pins, MONDAY));

        model.unassignedOnlyProperty().set(true);

        assertEquals(List.of("OP2"), ids(model));
    }

    @Test
    void dayStates_planRowsAndPins_giveEachKind() {
        var entries = List.of(entry("OP1", "sala-uno", DeskId.parse("B2")), entry("OP3", null, null));
        var pins = List.of(Pin.dayOff("OP4", MONDAY), Pin.working("OP1", MONDAY, "M", PinnedLocation.ANY));

        Map<String, DayState> states = DayState.of(entries, pins, MONDAY);

        assertEquals(new DayState(DayState.Kind.DESK, "M", "sala-uno", DeskId.parse("B2"), true), states.get("OP1"));
        assertEquals(DayState.Kind.REMOTE, states.get("OP3").kind());
        assertEquals(new DayState(DayState.Kind.OFF, null, null, null, true), states.get("OP4"));
        assertEquals(null, states.get("OP2"));
    }

    @Test
    void activate_callbackSet_receivesTheId() {
        var model = new OperatorListViewModel(Operators.staff());
        var activated = new ArrayList<String>();
        model.setOnActivate(activated::add);

        model.activate("OP2");

        assertEquals(List.of("OP2"), activated);
    }

    /** Property: whatever the filters, the rows shown are exactly those each filter lets through. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void filters_randomChoices_showExactlyTheMatchingOperators(long seed) {
        var random = new Random(seed);
        var model = new OperatorListViewModel(Operators.staff());
        String team = pick(random, model.teams());
        String employer = pick(random, model.employers());
        String skill = pick(random, model.skills());
        boolean remote = random.nextBoolean();

        model.teamProperty().set(team);
        model.employerProperty().set(employer);
        model.skillProperty().set(skill);
        model.remoteOnlyProperty().set(remote);

        List<String> expected = Operators.staff().stream()
                .filter(o -> team.isEmpty() || o.team().equals(team))
                .filter(o -> employer.isEmpty() || o.employer().equals(employer))
                .filter(o -> skill.isEmpty() || o.hasSkill(skill))
                .filter(o -> !remote || o.remote())
                .map(o -> o.id())
                .toList();
        assertEquals(expected, ids(model), "seed " + seed);
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static ScheduleEntry entry(String operatorId, String room, DeskId desk) {
        return new ScheduleEntry(
                MONDAY,
                "M",
                LocalTime.of(8, 0),
                LocalTime.of(14, 0),
                operatorId,
                operatorId,
                "Alfa",
                "in-house",
                "SALES",
                room,
                desk,
                "");
    }

    @Test
    void roomName_knownAndUnknownRoom_nameOrTheIdAsItIs() {
        var model = new OperatorListViewModel(Operators.staff(), Map.of("sala-roma", "Sala Roma"));

        var names = List.of(model.roomName("sala-roma"), model.roomName("old-room"), model.roomName(null));

        assertEquals(List.of("Sala Roma", "old-room", ""), names);
    }
}
