package it.scacchiera.planning;

import it.scacchiera.roster.Shift;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that take a change from the published plan back, with the changes tied to it: whoever now sits
 * where the operator sat (or next to it), and the operator's other changed days of that week when a day
 * moved. Local search reaches coverage through chains of changes that single-variable moves cannot
 * unwind one by one; these let it keep the chain's useful part and give back the rest (issue 8: after an
 * absence, only what it forces changes).
 */
public final class PublishedReverts implements MoveIteratorFactory<Plan, Move<Plan>> {
    /** Past this size a group is unlikely to keep coverage: the move is not drawn. */
    private static final int MAX_GROUP = 12;

    private List<Assignment> candidates = List.of();
    private Map<Integer, List<Assignment>> byDay = Map.of();
    private Map<WeekTarget, List<Assignment>> byWeek = Map.of();
    private Map<Location, Set<Location>> conflicts = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<Plan> director) {
        Plan plan = director.getWorkingSolution();
        candidates = new ArrayList<>();
        byDay = new HashMap<>();
        byWeek = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            byDay.computeIfAbsent(a.getDayIndex(), k -> new ArrayList<>()).add(a);
            byWeek.computeIfAbsent(a.getWeekTarget(), k -> new ArrayList<>()).add(a);
            if (!a.isPinned() && a.getPublished() != null) {
                candidates.add(a);
            }
        }
        conflicts = new HashMap<>();
        for (DeskConflict c : plan.getDeskConflicts()) {
            conflicts.computeIfAbsent(c.a(), k -> new LinkedHashSet<>()).add(c.b());
            conflicts.computeIfAbsent(c.b(), k -> new LinkedHashSet<>()).add(c.a());
        }
    }

    @Override
    public long getSize(ScoreDirector<Plan> director) {
        return candidates.size();
    }

    @Override
    public Iterator<Move<Plan>> createOriginalMoveIterator(ScoreDirector<Plan> director) {
        List<Move<Plan>> moves = new ArrayList<>();
        for (Assignment a : candidates) {
            if (a.isChangedFromPublished()) {
                moves.add(revert(a));
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<Move<Plan>> createRandomMoveIterator(ScoreDirector<Plan> director, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !candidates.isEmpty();
            }

            @Override
            public Move<Plan> next() {
                // Changes are few among many rows: walk on from a random row to the next changed one.
                int from = random.nextInt(candidates.size());
                for (int i = 0; i < candidates.size(); i++) {
                    Assignment a = candidates.get((from + i) % candidates.size());
                    if (a.isChangedFromPublished()) {
                        return revert(a);
                    }
                }
                return new RevertMove(List.of(), List.of());
            }
        };
    }

    /** The group tied to taking back {@code seed}'s change; empty when a member cannot go back. */
    RevertMove revert(Assignment seed) {
        Set<Assignment> group = new LinkedHashSet<>();
        Deque<Assignment> queue = new ArrayDeque<>();
        group.add(seed);
        queue.add(seed);
        List<RevertMove.Day> days = new ArrayList<>();
        while (!queue.isEmpty()) {
            Assignment m = queue.poll();
            RevertMove.Day day = publishedDay(m);
            if (day == null || m.isPinned() || group.size() > MAX_GROUP) {
                return new RevertMove(List.of(), List.of());
            }
            days.add(day);
            for (Assignment x : tiedTo(m, day)) {
                if (group.add(x)) {
                    queue.add(x);
                }
            }
        }
        return new RevertMove(new ArrayList<>(group), days);
    }

    /** Changed assignments that would clash with {@code m} back on {@code day}, or that balance its week. */
    private List<Assignment> tiedTo(Assignment m, RevertMove.Day day) {
        List<Assignment> tied = new ArrayList<>();
        if (day.shift() != null && day.location() != null && day.location().office()) {
            Set<Location> near = conflicts.getOrDefault(day.location(), Set.of());
            long start = m.startIf(day.shift());
            long end = m.endIf(day.shift());
            for (int d = m.getDayIndex() - 1; d <= m.getDayIndex() + 1; d++) {
                for (Assignment x : byDay.getOrDefault(d, List.of())) {
                    if (x == m || !x.isOffice() || !x.isChangedFromPublished()) {
                        continue;
                    }
                    boolean sameDesk = x.getLocation().equals(day.location());
                    boolean overlapping = x.getStart() < end && start < x.getEnd();
                    if (sameDesk || (overlapping && near.contains(x.getLocation()))) {
                        tied.add(x);
                    }
                }
            }
        }
        if ((day.shift() != null) != m.isWorking()) {
            for (Assignment x : byWeek.getOrDefault(m.getWeekTarget(), List.of())) {
                if (x != m
                        && x.isChangedFromPublished()
                        && x.isWorking() != (x.getPublished().shift() != null)) {
                    tied.add(x);
                }
            }
        }
        return tied;
    }

    /** The published day of {@code a} as values of this plan, or null when today's inputs no longer allow it. */
    private static RevertMove.Day publishedDay(Assignment a) {
        Assignment.Published p = a.getPublished();
        if (p == null) {
            return null;
        }
        if (p.shift() == null) {
            return new RevertMove.Day(null, a.getService(), a.getLocation());
        }
        for (Shift s : a.getShiftRange()) {
            if (s.code().equals(p.shift()) && a.getServiceRange().contains(p.service()) && p.location() != null) {
                return new RevertMove.Day(s, p.service(), p.location());
            }
        }
        return null;
    }
}
