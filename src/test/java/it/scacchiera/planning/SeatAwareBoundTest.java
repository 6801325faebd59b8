package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.MONDAY;
import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.demand;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Crowded sites where only counting seats per room and time window shows the shortfall. */
class SeatAwareBoundTest {
    private static final Duration CAPACITY_TIME = Duration.ofMillis(100);

    @Test
    void of_overlappingShiftsShareOneRoom_theSecondShiftHasNoSeats() {
        var problem = problem(
                List.of(room("r", -1, "D.D")),
                List.of(shift("M", "08:00", "14:00"), shift("O", "12:00", "18:00")),
                officeOnly(4, Operator.IN_HOUSE, false),
                List.of(demand(0, "M", "S1", 2), demand(0, "O", "S1", 2)),
                30);

        int bound = CoverageBound.of(new PlanFactory(problem), CAPACITY_TIME);

        assertEquals(2, bound, "two seats at 12–14 for the four workers both shifts ask for");
    }

    @Test
    void of_backToBackShiftsOnOneDesk_theGapLeavesOneOfThemEmpty() {
        var shifts = List.of(shift("M", "08:00", "14:00"), shift("P", "14:00", "20:00"));
        var demands = List.of(demand(0, "M", "S1", 2), demand(0, "P", "S1", 2));
        var operators = officeOnly(2, Operator.IN_HOUSE, false);

        int withGap = CoverageBound.of(
                new PlanFactory(problem(List.of(room("r", -1, "D")), shifts, operators, demands, 30)), CAPACITY_TIME);
        int withoutGap = CoverageBound.of(
                new PlanFactory(problem(List.of(room("r", -1, "D")), shifts, operators, demands, 0)), CAPACITY_TIME);

        assertEquals(3, withGap, "the desk cannot pass from 14:00 to 14:00 under a 30-minute gap");
        assertEquals(2, withoutGap);
    }

    @Test
    void of_nightThenMorningOnOneDesk_theGapCountsAcrossMidnight() {
        var problem = problem(
                List.of(room("r", -1, "D")),
                List.of(shift("N", "22:00", "06:00"), shift("E", "06:00", "14:00")),
                officeOnly(2, Operator.IN_HOUSE, false),
                List.of(demand(0, "N", "S1", 1), demand(1, "E", "S1", 1)),
                30);

        int bound = CoverageBound.of(new PlanFactory(problem), CAPACITY_TIME);

        assertEquals(1, bound);
    }

    @Test
    void of_outsourcerNotAuthorised_itsRemoteOperatorsNeedSeats() {
        var rooms = List.of(room("r", -1, "D"));
        var shifts = List.of(shift("M", "08:00", "14:00"));
        var operators = officeOnly(2, "Ext", true);
        var demands = List.of(demand(0, "M", "S1", 2));
        var unauthorised = problem(rooms, shifts, operators, demands, 30);
        var authorised = new PlanningProblem(
                rooms, shifts, operators, demands, ONE_WEEK, Set.of("Ext"), 30, List.of(), List.of());

        int office = CoverageBound.of(new PlanFactory(unauthorised), CAPACITY_TIME);
        int remote = CoverageBound.of(new PlanFactory(authorised), CAPACITY_TIME);

        assertEquals(1, office, "remote=yes of an outsourcer not authorised still needs a desk");
        assertEquals(0, remote);
    }

    @Test
    void of_crowdedSite_strictlyAboveTheCountingBounds() {
        var problem = problem(
                List.of(room("r", -1, "DD")),
                List.of(shift("M", "08:00", "14:00"), shift("O", "10:00", "16:00")),
                officeOnly(2, Operator.IN_HOUSE, false),
                List.of(demand(0, "M", "S1", 3), demand(0, "O", "S1", 3)),
                30);
        var factory = new PlanFactory(problem);

        int bound = CoverageBound.of(factory, CAPACITY_TIME);
        int counted = CoverageBound.counting(factory, CoverageBound.roomSeats(factory, CAPACITY_TIME));

        assertEquals(4, counted, "per shift one seat, per week two days owed");
        assertEquals(5, bound, "one seat (checkerboard neighbours) for both overlapping shifts");
    }

    /** Office-only operators (or of the given employer) owing one day of Monday and Tuesday. */
    static List<Operator> officeOnly(int count, String employer, boolean remote) {
        List<Operator> operators = new ArrayList<>();
        Set<LocalDate> off = Set.of(
                MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(5), MONDAY.plusDays(6));
        for (int i = 0; i < count; i++) {
            operators.add(
                    new Operator("o" + i, "o" + i, "t", employer, List.of("S1"), remote, 1, Set.of(), off, "h" + i));
        }
        return operators;
    }

    static PlanningProblem problem(
            List<ConflictGraph> rooms, List<Shift> shifts, List<Operator> operators, List<Demand> demands, int gap) {
        return new PlanningProblem(rooms, shifts, operators, demands, ONE_WEEK, Set.of(), gap, List.of(), List.of());
    }
}
