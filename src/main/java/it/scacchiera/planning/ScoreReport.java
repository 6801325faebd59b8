package it.scacchiera.planning;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** A plan's score by constraint, and the who/where/when behind every broken hard or medium rule. */
public record ScoreReport(HardMediumSoftScore score, List<ConstraintScore> constraints, List<Why> reasons) {
    public ScoreReport {
        constraints = List.copyOf(constraints);
        reasons = List.copyOf(reasons);
    }

    /** One constraint's share of the score and how many times it matched. */
    public record ConstraintScore(String name, HardMediumSoftScore score, int matches) {}
}
