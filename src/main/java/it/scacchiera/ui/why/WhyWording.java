package it.scacchiera.ui.why;

import it.scacchiera.planning.Why;
import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.common.ScoreText;
import java.util.Locale;
import java.util.ResourceBundle;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The why panel's words in the bundle's language. Rules keep their English names for OptaPlanner and the
 * command line; here a name maps to the key {@code rule.<name in lower case, words joined by ->}.
 */
public final class WhyWording {
    private final ResourceBundle bundle;

    public WhyWording(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle key of a constraint name: "Coverage short, nobody" → "rule.coverage-short-nobody". */
    public static String ruleKey(String constraintName) {
        String words = constraintName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return "rule." + words.replaceAll("^-|-$", "");
    }

    /** The bundle key of a reason's sentence. */
    public static String reasonKey(Why why) {
        return "why.reason." + why.reason().name();
    }

    /** The rule's name in the bundle's language; a rule the bundle does not know keeps its English name. */
    public String ruleName(String constraintName) {
        String key = ruleKey(constraintName);
        return bundle.containsKey(key) ? bundle.getString(key) : constraintName;
    }

    /** HARD, MEDIUM, SOFT in the bundle's words: GRAVE, MEDIA, LIEVE in Italian. */
    public String severity(Severity severity) {
        return bundle.getString("why.severity." + severity.name());
    }

    public String reason(Why why) {
        return Messages.format(bundle, reasonKey(why), why.arguments().toArray());
    }

    public String score(HardMediumSoftScore score) {
        return ScoreText.of(bundle, score);
    }
}
