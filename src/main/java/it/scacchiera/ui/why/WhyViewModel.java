package it.scacchiera.ui.why;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.ScoreReport;
import it.scacchiera.planning.Why;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The broken rules of a plan, hard first, narrowed by a text filter. Selecting a reason tells the main
 * window which desks to highlight and which room, date and shift to show.
 */
public final class WhyViewModel {
    private static final Comparator<BrokenRule> WORST_FIRST = Comparator.comparing(BrokenRule::severity)
            .thenComparing(BrokenRule::score)
            .thenComparing(BrokenRule::name);

    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<BrokenRule> shown = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper noBrokenRules = new ReadOnlyBooleanWrapper(this, "noBrokenRules", true);
    private final ObjectProperty<Why> selectedWhy = new SimpleObjectProperty<>(this, "selectedWhy");
    private final List<Consumer<Why>> onSelect = new ArrayList<>();
    private List<BrokenRule> rules = List.of();
    private WhyNames names = WhyNames.NONE;
    private WhyWording wording;

    public WhyViewModel() {
        filter.addListener(o -> refilter());
        selectedWhy.addListener((o, before, after) -> {
            if (after != null) {
                onSelect.forEach(callback -> callback.accept(after));
            }
        });
    }

    /** Shows a report: every constraint that costs something, with the reasons behind it. */
    public void setReport(ScoreReport report) {
        List<BrokenRule> broken = report.constraints().stream()
                .filter(constraint -> !constraint.score().isZero())
                .map(constraint -> new BrokenRule(
                        Severity.of(constraint.score()),
                        constraint.name(),
                        constraint.score(),
                        constraint.matches(),
                        constraint.reasons()))
                .toList();
        setRules(broken);
    }

    /** Shows broken rules with their reasons, worst first. */
    public void setRules(List<BrokenRule> rules) {
        this.rules = rules.stream().sorted(WORST_FIRST).toList();
        noBrokenRules.set(this.rules.isEmpty());
        selectedWhy.set(null);
        refilter();
    }

    /** The filter also finds rules and reasons by the words the panel shows, e.g. in Italian. */
    void wordIn(WhyWording shown) {
        wording = shown;
        refilter();
    }

    private void refilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<BrokenRule> matching = new ArrayList<>();
        for (BrokenRule rule : rules) {
            if (contains(rule.name(), text)
                    || contains(rule.severity().name(), text)
                    || (wording != null
                            && (contains(wording.ruleName(rule.name()), text)
                                    || contains(wording.severity(rule.severity()), text)))) {
                matching.add(rule);
            } else {
                List<Why> reasons = rule.reasons().stream()
                        .filter(why -> matches(why, text) || (wording != null && contains(wording.reason(why), text)))
                        .toList();
                if (!reasons.isEmpty()) {
                    matching.add(rule.withReasons(reasons));
                }
            }
        }
        shown.setAll(matching);
    }

    private boolean matches(Why why, String text) {
        return contains(searchText(why), text)
                || contains(names.operators(why.operatorIds()) + " " + names.room(why.roomId()), text);
    }

    /** The names reasons show instead of operator and room ids; the filter finds them too. */
    public void setNames(WhyNames names) {
        this.names = names == null ? WhyNames.NONE : names;
        refilter();
    }

    public WhyNames names() {
        return names;
    }

    /** Everything a planner might type to find a reason: detail, operators, room, desks, date. */
    static String searchText(Why why) {
        return Stream.of(
                        Stream.of(
                                why.detail(),
                                why.roomId(),
                                why.when() == null ? null : why.when().toString()),
                        why.operatorIds().stream(),
                        why.desks().stream().map(DeskId::label))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The broken rules passing the filter, hard first, then worst score first. */
    public ObservableList<BrokenRule> shown() {
        return shown;
    }

    /** True when the report breaks nothing: the panel says so instead of showing an empty list. */
    public ReadOnlyBooleanProperty noBrokenRulesProperty() {
        return noBrokenRules.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Why> selectedWhyProperty() {
        return selectedWhy;
    }

    /** Called with each reason the planner selects, e.g. to highlight its desks and jump to its room. */
    public void onSelect(Consumer<Why> callback) {
        onSelect.add(callback);
    }
}
