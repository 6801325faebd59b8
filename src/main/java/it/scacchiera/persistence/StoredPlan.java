package it.scacchiera.persistence;

import it.scacchiera.roster.ScheduleEntry;
import java.util.List;

/** A plan as loaded: its summary with its entries and pins, in the order they were saved. */
public record StoredPlan(PlanSummary summary, List<ScheduleEntry> entries, List<Pin> pins) {
    public StoredPlan {
        entries = List.copyOf(entries);
        pins = List.copyOf(pins);
    }

    /** What to edit and pass back to {@link PlanStore#save(long, long, PlanContent)}. */
    public PlanContent content() {
        return new PlanContent(
                summary.site(), summary.horizon(), summary.label(), summary.score(), summary.settings(), entries, pins);
    }
}
