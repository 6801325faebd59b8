package it.scacchiera.persistence;

import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the planner saves: which site (by identity) and weeks, a label, the solver's score (null before solving),
 * the settings, the schedule rows and the pins. Entries and pins keep their order.
 */
public record PlanContent(
        SiteRef site,
        Horizon horizon,
        String label,
        String score,
        PlanSettings settings,
        List<ScheduleEntry> entries,
        List<Pin> pins) {
    public PlanContent {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(settings, "settings");
        entries = List.copyOf(entries);
        pins = List.copyOf(pins);
        var pinned = new HashSet<OperatorDay>();
        for (Pin pin : pins) {
            if (!pinned.add(new OperatorDay(pin.operatorId(), pin.date()))) {
                throw new IllegalArgumentException("two pins for operator " + pin.operatorId() + " on " + pin.date());
            }
        }
    }

    private record OperatorDay(String operatorId, LocalDate date) {}
}
