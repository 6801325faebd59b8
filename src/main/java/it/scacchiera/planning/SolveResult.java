package it.scacchiera.planning;

import it.scacchiera.roster.ScheduleEntry;
import java.time.Duration;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The best plan of a solve.
 *
 * @param entries the plan's schedule rows in SPEC §4 order
 * @param coverageLowerBound a shortfall no plan can avoid (medium ≤ −bound)
 * @param elapsed wall time of the whole solve, construction included
 */
public record SolveResult(
        Plan plan, HardMediumSoftScore score, List<ScheduleEntry> entries, int coverageLowerBound, Duration elapsed) {
    public SolveResult {
        entries = List.copyOf(entries);
    }

    public boolean feasible() {
        return score.hardScore() == 0;
    }

    /** The coverage shortfall equals the lower bound: no plan covers more. */
    public boolean coverageOptimal() {
        return -score.mediumScore() == coverageLowerBound;
    }
}
