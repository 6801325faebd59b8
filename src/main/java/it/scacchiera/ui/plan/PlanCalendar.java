package it.scacchiera.ui.plan;

import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Shift;
import it.scacchiera.site.Site;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * When the plan on the map is: the planning week and number of weeks the planner chose, their days, the
 * day shown and the shifts that run on it. The plan is told when the horizon or the shown shift changes.
 */
final class PlanCalendar {
    private final ObjectProperty<LocalDate> weekStart;
    private final IntegerProperty weeks;
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> day;
    private final ObservableList<String> shifts = FXCollections.observableArrayList();
    private final ObjectProperty<String> shift;
    private final Supplier<Site> site;
    private final Runnable refresh;
    private Consumer<Runnable> beforeNewHorizon = Runnable::run;

    /**
     * @param bean the plan, named as the properties' bean
     * @param horizonChanged runs when the week or the number of weeks changes
     * @param refresh runs when the shown day or shift changes
     */
    PlanCalendar(Object bean, Supplier<Site> site, Runnable horizonChanged, Runnable refresh) {
        this.weekStart = new SimpleObjectProperty<>(bean, "weekStart");
        this.weeks = new SimpleIntegerProperty(bean, "weeks", 1);
        this.day = new SimpleObjectProperty<>(bean, "day");
        this.shift = new SimpleObjectProperty<>(bean, "shift");
        this.site = site;
        this.refresh = refresh;
        weekStart.addListener((o, before, after) -> horizonChanged.run());
        weeks.addListener((o, before, after) -> horizonChanged.run());
        day.addListener((o, before, after) -> dayChanged());
        shift.addListener((o, before, after) -> refresh.run());
    }

    Horizon horizon() {
        return weekStart.get() == null ? null : new Horizon(weekStart.get(), Math.max(1, weeks.get()));
    }

    void setBeforeNewHorizon(Consumer<Runnable> guard) {
        beforeNewHorizon = guard;
    }

    void chooseHorizon(LocalDate from, int count) {
        if (java.util.Objects.equals(from, weekStart.get()) && count == weeks.get()) {
            return;
        }
        beforeNewHorizon.accept(() -> {
            weeks.set(count);
            weekStart.set(from);
        });
    }

    /** The days of the horizon now; the shown day stays when it is one of them. */
    void resetDays() {
        Horizon horizon = horizon();
        days.setAll(horizon == null || site.get() == null ? List.of() : horizon.dates());
        day.set(days.contains(day.get()) ? day.get() : days.isEmpty() ? null : days.get(0));
    }

    private void dayChanged() {
        List<String> running = site.get() == null || day.get() == null
                ? List.of()
                : site.get().shifts().stream()
                        .filter(s -> s.runsOn(day.get()))
                        .map(Shift::code)
                        .toList();
        String keep = shift.get();
        shifts.setAll(running);
        shift.set(running.contains(keep) ? keep : running.isEmpty() ? null : running.get(0));
        refresh.run();
    }

    void showMoment(LocalDateTime when) {
        if (when == null || !days.contains(when.toLocalDate())) {
            return;
        }
        day.set(when.toLocalDate());
        site.get().shifts().stream()
                .filter(s -> s.startOn(when.toLocalDate()).equals(when) && shifts.contains(s.code()))
                .findFirst()
                .ifPresent(s -> shift.set(s.code()));
    }

    ObjectProperty<LocalDate> weekStart() {
        return weekStart;
    }

    IntegerProperty weeks() {
        return weeks;
    }

    ObservableList<LocalDate> days() {
        return days;
    }

    ObjectProperty<LocalDate> day() {
        return day;
    }

    ObservableList<String> shifts() {
        return shifts;
    }

    ObjectProperty<String> shift() {
        return shift;
    }
}
