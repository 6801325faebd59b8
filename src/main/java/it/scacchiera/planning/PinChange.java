package it.scacchiera.planning;

import it.scacchiera.roster.Shift;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * A planner's pin arriving while the solver runs (a drag on the map, a day marked off): sets the
 * operator's day as pinned and fixes it there; the solver goes on from the changed plan.
 */
final class PinChange implements ProblemChange<Plan> {
    private final Pin pin;
    private final Shift shift;
    private final Location location;

    PinChange(Pin pin, PlanFactory factory) {
        this.pin = pin;
        this.shift = pin.shift() == null ? null : factory.shift(pin.shift());
        this.location = factory.location(pin.roomId(), pin.desk());
    }

    @Override
    public void doChange(Plan plan, ProblemChangeDirector director) {
        Assignment a = target(plan);
        if (a != null) {
            director.changeVariable(a, "shift", x -> x.setShift(shift));
            if (pin.service() != null) {
                director.changeVariable(a, "service", x -> x.setService(pin.service()));
            }
            director.changeVariable(a, "location", x -> x.setLocation(location));
            director.changeProblemProperty(a, x -> x.setPinned(true));
        }
    }

    /** The same change on a plan no solver holds (it is rescored afterwards). */
    void apply(Plan plan) {
        Assignment a = target(plan);
        if (a != null) {
            a.setShift(shift);
            if (pin.service() != null) {
                a.setService(pin.service());
            }
            a.setLocation(location);
            a.setPinned(true);
        }
    }

    private Assignment target(Plan plan) {
        for (Assignment a : plan.getAssignments()) {
            if (a.getOperatorId().equals(pin.operatorId()) && a.getDate().equals(pin.date())) {
                return a;
            }
        }
        return null;
    }
}
