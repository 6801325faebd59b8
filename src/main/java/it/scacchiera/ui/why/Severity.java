package it.scacchiera.ui.why;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** How bad a broken rule is, in the order the panel lists them. */
public enum Severity {
    HARD,
    MEDIUM,
    SOFT;

    /** The worst level a constraint's share of the score reaches. */
    public static Severity of(HardMediumSoftScore score) {
        if (score.hardScore() != 0) {
            return HARD;
        }
        return score.mediumScore() != 0 ? MEDIUM : SOFT;
    }
}
