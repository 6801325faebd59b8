package it.scacchiera.ui.why;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Reason;
import it.scacchiera.planning.ScoreReport;
import it.scacchiera.planning.ScoreReport.ConstraintScore;
import it.scacchiera.planning.Why;
import java.time.LocalDateTime;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** Score reports as the planner builds them, listed soft first to show the panel reorders them. */
final class Reports {
    static final Why NEIGHBOURS = new Why(
            List.of("OP1", "OP2"),
            "sala-uno",
            List.of(DeskId.parse("B2"), DeskId.parse("B3")),
            LocalDateTime.of(2026, 11, 23, 8, 0),
            Reason.NEIGHBOURS_AT_ONCE);
    static final Why REST =
            new Why(List.of("OP3"), null, List.of(), LocalDateTime.of(2026, 11, 24, 6, 0), Reason.SHORT_REST);

    private Reports() {}

    static ScoreReport softAndHard() {
        return new ScoreReport(
                HardMediumSoftScore.of(-2, 0, -30),
                List.of(
                        new ConstraintScore(
                                "Changes from the published plan", HardMediumSoftScore.ofSoft(-30), 3, List.of()),
                        new ConstraintScore("Nothing broken", HardMediumSoftScore.ZERO, 0, List.of()),
                        new ConstraintScore(
                                "Neighbouring desks occupied at once",
                                HardMediumSoftScore.ofHard(-1),
                                1,
                                List.of(NEIGHBOURS)),
                        new ConstraintScore(
                                "Less than 11 hours of rest", HardMediumSoftScore.ofHard(-1), 1, List.of(REST))));
    }

    static ScoreReport oneHard() {
        return new ScoreReport(
                HardMediumSoftScore.ofHard(-1),
                List.of(new ConstraintScore(
                        "Neighbouring desks occupied at once",
                        HardMediumSoftScore.ofHard(-1),
                        1,
                        List.of(NEIGHBOURS))));
    }

    static ScoreReport clean() {
        return new ScoreReport(
                HardMediumSoftScore.ZERO,
                List.of(new ConstraintScore(
                        "Neighbouring desks occupied at once", HardMediumSoftScore.ZERO, 0, List.of())));
    }
}
