package it.scacchiera.planning;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** A plan's score by constraint, and the who/where/when behind every broken hard or medium rule. */
public record ScoreReport(HardMediumSoftScore score, List<ConstraintScore> constraints) {
    public ScoreReport {
        constraints = List.copyOf(constraints);
    }

    /** Every reason behind the score, constraint by constraint. */
    public List<Why> reasons() {
        return constraints.stream().flatMap(c -> c.reasons().stream()).toList();
    }

    /** One constraint's share of the score, how many times it matched, and who/where/when for each match. */
    public record ConstraintScore(String name, HardMediumSoftScore score, int matches, List<Why> reasons) {
        public ConstraintScore {
            reasons = List.copyOf(reasons);
        }
    }
}
