package it.scacchiera.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random pairs of assignments that share a key (an operator's week, or a date), so that the moves
 * which matter are drawn directly instead of filtered out of all pairs.
 */
public abstract class PairMoveFactory implements MoveIteratorFactory<Plan, Move<Plan>> {
    private List<Assignment> movable = List.of();
    private Map<Object, List<Assignment>> groups = Map.of();

    abstract Object key(Assignment a);

    abstract Move<Plan> move(Assignment left, Assignment right);

    /** Whether a partner is worth a move; days off are, when moving a day within a week. */
    boolean worthPairing(Assignment left, Assignment right) {
        return left != right && right.isWorking();
    }

    @Override
    public void phaseStarted(ScoreDirector<Plan> director) {
        movable = new ArrayList<>();
        groups = new HashMap<>();
        for (Assignment a : director.getWorkingSolution().getAssignments()) {
            if (!a.isPinned()) {
                movable.add(a);
                groups.computeIfAbsent(key(a), k -> new ArrayList<>()).add(a);
            }
        }
    }

    @Override
    public long getSize(ScoreDirector<Plan> director) {
        return groups.values().stream()
                .mapToLong(g -> (long) g.size() * g.size())
                .sum();
    }

    @Override
    public Iterator<Move<Plan>> createOriginalMoveIterator(ScoreDirector<Plan> director) {
        List<Move<Plan>> all = new ArrayList<>();
        for (List<Assignment> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    all.add(move(group.get(i), group.get(j)));
                }
            }
        }
        return all.iterator();
    }

    @Override
    public Iterator<Move<Plan>> createRandomMoveIterator(ScoreDirector<Plan> director, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public Move<Plan> next() {
                // A move is only worth evaluating from a working day: a few draws find one.
                Assignment left = movable.get(random.nextInt(movable.size()));
                for (int tries = 0; tries < 8 && !left.isWorking(); tries++) {
                    left = movable.get(random.nextInt(movable.size()));
                }
                List<Assignment> group = groups.get(key(left));
                Assignment right = group.get(random.nextInt(group.size()));
                for (int tries = 0; tries < 4 && !worthPairing(left, right); tries++) {
                    right = group.get(random.nextInt(group.size()));
                }
                return move(left, right);
            }
        };
    }

    /** An operator's day moves to another day of the same week. */
    public static final class DaySwaps extends PairMoveFactory {
        @Override
        Object key(Assignment a) {
            return a.getWeekTarget();
        }

        @Override
        boolean worthPairing(Assignment left, Assignment right) {
            return left != right;
        }

        @Override
        Move<Plan> move(Assignment left, Assignment right) {
            return new DaySwapMove(left, right);
        }
    }

    /** Two operators of one date exchange desks. */
    public static final class LocationSwaps extends PairMoveFactory {
        @Override
        Object key(Assignment a) {
            return a.getDayIndex();
        }

        @Override
        Move<Plan> move(Assignment left, Assignment right) {
            return new LocationSwapMove(left, right);
        }
    }

    /** Two operators of one date exchange their whole day: shift, service and desk. Seats stay as they are. */
    public static final class DayExchanges extends PairMoveFactory {
        @Override
        Object key(Assignment a) {
            return a.getDayIndex();
        }

        @Override
        Move<Plan> move(Assignment left, Assignment right) {
            return new DaySwapMove(left, right);
        }
    }
}
