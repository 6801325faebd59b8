package it.scacchiera.planning;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link ValueChangeMove}s: an assignment that is not pinned, drawn at random, and a value drawn
 * from its range (a shift or the day off; a place). Used instead of OptaPlanner's change moves when moves
 * are evaluated on several threads.
 */
public abstract class ValueChanges implements MoveIteratorFactory<Plan, Move<Plan>> {
    private List<Assignment> movable = List.of();

    abstract ValueChangeMove.Variable variable();

    /** The values the assignment may take, in a fixed order. */
    abstract List<?> range(Plan plan, Assignment a);

    /** One of those values at random, without building the list. */
    abstract Object draw(Plan plan, Assignment a, Random random);

    @Override
    public void phaseStarted(ScoreDirector<Plan> director) {
        movable = new ArrayList<>();
        for (Assignment a : director.getWorkingSolution().getAssignments()) {
            if (!a.isPinned()) {
                movable.add(a);
            }
        }
    }

    @Override
    public long getSize(ScoreDirector<Plan> director) {
        Plan plan = director.getWorkingSolution();
        return movable.stream().mapToLong(a -> range(plan, a).size()).sum();
    }

    @Override
    public Iterator<Move<Plan>> createOriginalMoveIterator(ScoreDirector<Plan> director) {
        Plan plan = director.getWorkingSolution();
        List<Move<Plan>> all = new ArrayList<>();
        for (Assignment a : movable) {
            for (Object value : range(plan, a)) {
                all.add(new ValueChangeMove(a, variable(), value));
            }
        }
        return all.iterator();
    }

    @Override
    public Iterator<Move<Plan>> createRandomMoveIterator(ScoreDirector<Plan> director, Random random) {
        Plan plan = director.getWorkingSolution();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public Move<Plan> next() {
                Assignment a = movable.get(random.nextInt(movable.size()));
                return new ValueChangeMove(a, variable(), draw(plan, a, random));
            }
        };
    }

    /** Another shift, or the day off. */
    public static final class Shifts extends ValueChanges {
        @Override
        ValueChangeMove.Variable variable() {
            return ValueChangeMove.Variable.SHIFT;
        }

        @Override
        List<?> range(Plan plan, Assignment a) {
            List<Object> range = new ArrayList<>(a.getShiftRange().size() + 1);
            range.addAll(a.getShiftRange());
            range.add(null);
            return range;
        }

        @Override
        Object draw(Plan plan, Assignment a, Random random) {
            List<?> shifts = a.getShiftRange();
            int pick = random.nextInt(shifts.size() + 1);
            return pick == shifts.size() ? null : shifts.get(pick);
        }
    }

    /** Another desk, or home. */
    public static final class Locations extends ValueChanges {
        @Override
        ValueChangeMove.Variable variable() {
            return ValueChangeMove.Variable.LOCATION;
        }

        @Override
        List<?> range(Plan plan, Assignment a) {
            return plan.getLocations();
        }

        @Override
        Object draw(Plan plan, Assignment a, Random random) {
            List<Location> locations = plan.getLocations();
            return locations.get(random.nextInt(locations.size()));
        }
    }
}
