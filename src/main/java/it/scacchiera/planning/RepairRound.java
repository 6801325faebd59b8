package it.scacchiera.planning;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * A solver phase between rounds of local search, run once coverage has stopped improving: the chains
 * of {@link CoverageRepair} (a day, a shift, a service and a desk changing together, sometimes a
 * colleague's too) fill short demands on a copy of the plan, each round a chain one step deeper. The
 * copy replaces the working plan only when it scores better, hard rules first; local search then goes
 * on from it. Single moves cannot make these changes, and after local search has moved operators around,
 * chains open that construction did not have (N+ seed 0: 41 short after 300 s of local search, 37 after
 * one repair of depth 4 on that plan).
 */
final class RepairRound implements CustomPhaseCommand<Plan> {
    /** Rounds of local search then repair before the last round, which runs to the limit. */
    static final int ROUNDS = 6;

    /** Tentative moves one fill may try; deeper chains need more. */
    private static final int TRIES_PER_DEPTH = 1_000;

    /** Ruins of a few operators' weeks tried after the chains, each planned again in a few orders. */
    private static final int WEEK_ATTEMPTS = 2_000;

    private final PlanFactory factory;
    private final Duration capacityTimePerRoom;
    private final Function<Plan, HardMediumSoftScore> scorer;
    private final Deadline deadline;
    private final Duration most;
    private final int depth;
    private final long seed;

    /**
     * @param scorer a full score of a plan (the solver's constraints)
     * @param most the longest one round may take, within the deadline
     * @param depth how deep this round's chains go
     */
    RepairRound(
            PlanFactory factory,
            Duration capacityTimePerRoom,
            Function<Plan, HardMediumSoftScore> scorer,
            Deadline deadline,
            Duration most,
            int depth,
            long seed) {
        this.factory = factory;
        this.capacityTimePerRoom = capacityTimePerRoom;
        this.scorer = scorer;
        this.deadline = deadline;
        this.most = most;
        this.depth = depth;
        this.seed = seed;
    }

    /** How deep the chains of a round go: 3, 4, 5, then again, each time from another plan. */
    static int depth(int round) {
        return 3 + round % 3;
    }

    /**
     * How long coverage may stay unimproved before a round ends, and the longest a repair may take: a
     * twentieth of the time left, from 2 to 10 seconds.
     */
    static Duration window(Duration left) {
        Duration share = left.dividedBy(20);
        Duration least = Duration.ofSeconds(2);
        Duration longest = Duration.ofSeconds(10);
        return share.compareTo(least) < 0 ? least : share.compareTo(longest) > 0 ? longest : share;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Plan> director) {
        Plan working = director.getWorkingSolution();
        Plan copy = PlanFactory.snapshot(working);
        HardMediumSoftScore before = scorer.apply(copy);
        // With nothing short and every hard rule kept there is nothing to repair.
        if ((before.isFeasible() && before.mediumScore() == 0) || deadline.expired()) {
            return;
        }
        Cutoff cutoff = deadline.cutoff(most);
        var seats = new SeatBook(factory, copy, capacityTimePerRoom, cutoff);
        for (Assignment a : copy.getAssignments()) {
            if (a.isOffice() && !a.isPinned()) { // pinned desks the book has already taken
                seats.keep(a);
            }
        }
        if (!before.isFeasible()) {
            // Local search left someone who may not work remotely at home: the seat repair of construction
            // moves them, or a colleague of their shift, within their week (each new desk checked against
            // every desk already taken, so no new conflict). Coverage chains wait for a plan that keeps the rules.
            new SeatRepair(copy, seats).repair(cutoff);
        } else {
            int gained = new CoverageRepair(copy, seats, new Random(seed + depth), depth, TRIES_PER_DEPTH * depth)
                    .repair(cutoff);
            gained += new WeekReplan(copy, seats, new Random(seed + depth)).improve(cutoff, WEEK_ATTEMPTS);
            if (gained == 0) {
                return;
            }
        }
        if (scorer.apply(copy).compareTo(before) <= 0) {
            return;
        }
        List<Assignment> from = copy.getAssignments();
        List<Assignment> to = working.getAssignments();
        for (int i = 0; i < to.size(); i++) {
            Assignment a = to.get(i);
            Assignment b = from.get(i);
            if (!Objects.equals(a.getShift(), b.getShift())) {
                director.beforeVariableChanged(a, "shift");
                a.setShift(b.getShift());
                director.afterVariableChanged(a, "shift");
            }
            if (!Objects.equals(a.getService(), b.getService())) {
                director.beforeVariableChanged(a, "service");
                a.setService(b.getService());
                director.afterVariableChanged(a, "service");
            }
            if (!Objects.equals(a.getLocation(), b.getLocation())) {
                director.beforeVariableChanged(a, "location");
                a.setLocation(b.getLocation());
                director.afterVariableChanged(a, "location");
            }
        }
        director.triggerVariableListeners();
    }
}
