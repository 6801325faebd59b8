package it.scacchiera.ui.common;

import java.util.ResourceBundle;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * A score in the window's words, "-1 hard / 0 medium / -30 soft" or "-1 vincoli / 0 servizio / -30
 * preferenze", instead of OptaPlanner's "-1hard/0medium/-30soft", which stays the stored and printed form.
 */
public final class ScoreText {
    private ScoreText() {}

    public static String of(ResourceBundle bundle, HardMediumSoftScore score) {
        return Messages.format(bundle, "score.levels", score.hardScore(), score.mediumScore(), score.softScore());
    }

    /** A stored score ("0hard/-5medium/-30soft") in the window's words; text that is no score stays as it is. */
    public static String ofStored(ResourceBundle bundle, String stored) {
        try {
            return of(bundle, HardMediumSoftScore.parseScore(stored));
        } catch (IllegalArgumentException notAScore) {
            return stored; // shown as written rather than hidden: a plan from a newer version, say
        }
    }
}
