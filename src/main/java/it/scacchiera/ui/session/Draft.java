package it.scacchiera.ui.session;

import it.scacchiera.planning.Pin;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.ui.plan.SolveSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The plan on screen as autosave keeps it: enough to put it back on the same site after a crash. */
public record Draft(
        Path site,
        Horizon horizon,
        SolveSettings settings,
        List<ScheduleEntry> entries,
        List<Pin> pins,
        Instant savedAt) {
    public Draft {
        entries = List.copyOf(entries);
        pins = List.copyOf(pins);
    }
}
