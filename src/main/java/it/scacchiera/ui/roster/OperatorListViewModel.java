package it.scacchiera.ui.roster;

import it.scacchiera.roster.Operator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The operators of a site with their state on one day, narrowed as the planner types and filters. A
 * filter holding {@link #ANY} lets everyone through. The selected id is what the map follows.
 */
public final class OperatorListViewModel {
    /** The "no filter" choice of the team, employer and skill filters. */
    public static final String ANY = "";

    private final List<Operator> operators;
    private final Map<String, String> roomNames;
    private final ObservableList<OperatorRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OperatorRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty team = new SimpleStringProperty(this, "team", ANY);
    private final StringProperty employer = new SimpleStringProperty(this, "employer", ANY);
    private final StringProperty skill = new SimpleStringProperty(this, "skill", ANY);
    private final BooleanProperty remoteOnly = new SimpleBooleanProperty(this, "remoteOnly");
    private final BooleanProperty unassignedOnly = new SimpleBooleanProperty(this, "unassignedOnly");
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<Consumer<String>> onActivate =
            new SimpleObjectProperty<>(this, "onActivate", id -> {});

    public OperatorListViewModel(List<Operator> operators) {
        this(operators, Map.of());
    }

    /** {@code roomNames}: each room's name by its id, so the day's state names the room as the map does. */
    public OperatorListViewModel(List<Operator> operators, Map<String, String> roomNames) {
        this.operators = List.copyOf(operators);
        this.roomNames = Map.copyOf(roomNames);
        setDayStates(Map.of());
        for (Observable filter : List.of(search, team, employer, skill, remoteOnly, unassignedOnly)) {
            filter.addListener(o -> refilter());
        }
        refilter();
    }

    /** The state of each operator on the day shown, by operator id; an operator not in the map is off. */
    public void setDayStates(Map<String, DayState> states) {
        rows.setAll(operators.stream()
                .map(operator -> new OperatorRow(operator, states.getOrDefault(operator.id(), DayState.OFF)))
                .toList());
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Predicate<OperatorRow> match = row -> row.id().toLowerCase(Locale.ROOT).contains(text)
                || row.operator().name().toLowerCase(Locale.ROOT).contains(text);
        match = match.and(row -> isAny(team) || team.get().equals(row.operator().team()));
        match = match.and(
                row -> isAny(employer) || employer.get().equals(row.operator().employer()));
        match = match.and(row -> isAny(skill) || row.operator().hasSkill(skill.get()));
        match = match.and(row -> !remoteOnly.get() || row.operator().remote());
        match = match.and(row -> !unassignedOnly.get() || row.state().kind() == DayState.Kind.UNASSIGNED);
        shown.setPredicate(match);
    }

    private static boolean isAny(StringProperty filter) {
        return filter.get() == null || ANY.equals(filter.get());
    }

    /** The room's name; its id when the site does not know it (a plan from an older site). */
    public String roomName(String roomId) {
        return roomId == null ? "" : roomNames.getOrDefault(roomId, roomId);
    }

    /** The rows passing the search and filters, in file order. */
    public ObservableList<OperatorRow> shown() {
        return shown;
    }

    /** {@link #ANY} then the teams in use, sorted: the team filter's choices. */
    public List<String> teams() {
        return choices(operators.stream().map(Operator::team).toList());
    }

    public List<String> employers() {
        return choices(operators.stream().map(Operator::employer).toList());
    }

    public List<String> skills() {
        return choices(operators.stream()
                .flatMap(operator -> operator.skills().stream())
                .toList());
    }

    private static List<String> choices(Collection<String> values) {
        var sorted = new TreeSet<>(values);
        sorted.remove(ANY);
        return Stream.concat(Stream.of(ANY), sorted.stream()).toList();
    }

    /** Enter on a row: the main window decides what activating an operator means (e.g. show their desk). */
    public void activate(String operatorId) {
        if (operatorId != null) {
            onActivate.get().accept(operatorId);
        }
    }

    public void setOnActivate(Consumer<String> callback) {
        onActivate.set(callback == null ? id -> {} : callback);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public StringProperty employerProperty() {
        return employer;
    }

    public StringProperty skillProperty() {
        return skill;
    }

    public BooleanProperty remoteOnlyProperty() {
        return remoteOnly;
    }

    public BooleanProperty unassignedOnlyProperty() {
        return unassignedOnly;
    }

    /** The id of the selected operator, null when none: the map may follow it, and may set it. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }
}
