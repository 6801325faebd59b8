package it.scacchiera.ui.plan;

import it.scacchiera.planning.PlanningProblem;
import java.time.Duration;
import java.util.Set;

/** The planner's choices for a solve: how long, which outsourcers may work remotely, the sanitisation gap. */
public record SolveSettings(Duration timeLimit, Set<String> remoteEmployers, int sanitizeMinutes) {
    public static final SolveSettings DEFAULT =
            new SolveSettings(Duration.ofSeconds(30), Set.of(), PlanningProblem.DEFAULT_SANITIZE_MINUTES);

    public SolveSettings {
        remoteEmployers = Set.copyOf(remoteEmployers);
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be > 0");
        }
        if (sanitizeMinutes < 0) {
            throw new IllegalArgumentException("sanitisation gap must be >= 0");
        }
    }
}
