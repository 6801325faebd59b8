package it.scacchiera.ui.why;

import it.scacchiera.planning.Why;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** One constraint the plan breaks: its share of the score, how often, and the who/where/when known for it. */
public record BrokenRule(Severity severity, String name, HardMediumSoftScore score, int matches, List<Why> reasons) {
    public BrokenRule {
        reasons = List.copyOf(reasons);
    }

    BrokenRule withReasons(List<Why> narrowed) {
        return new BrokenRule(severity, name, score, matches, narrowed);
    }
}
