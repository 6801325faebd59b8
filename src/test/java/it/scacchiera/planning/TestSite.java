package it.scacchiera.planning;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Small sites built in code for the planning tests. */
final class TestSite {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Horizon ONE_WEEK = new Horizon(MONDAY, 1);

    private TestSite() {}

    static Floor floor(String id, int maxOccupancy, String... grid) {
        return new Floor(
                id,
                id,
                List.of(),
                new CellSize(BigDecimal.ONE, BigDecimal.ONE),
                new DistanceRule.Checkerboard(),
                maxOccupancy,
                Arrays.asList(grid));
    }

    static ConflictGraph room(String id, int maxOccupancy, String... grid) {
        return ConflictGraph.of(floor(id, maxOccupancy, grid));
    }

    static Shift shift(String code, String start, String end, DayOfWeek... days) {
        Set<DayOfWeek> set = days.length == 0 ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(List.of(days));
        return new Shift(code, code, LocalTime.parse(start), LocalTime.parse(end), set);
    }

    static Operator operator(String id, String employer, boolean remote, String... skills) {
        return new Operator(id, id, "t", employer, List.of(skills), remote, 5, Set.of(), Set.of(), "h-" + id);
    }

    static Operator operator(
            String id, int daysPerWeek, Set<String> shifts, Set<LocalDate> unavailable, String... skills) {
        return new Operator(
                id, id, "t", Operator.IN_HOUSE, List.of(skills), false, daysPerWeek, shifts, unavailable, "h-" + id);
    }

    static Demand demand(int day, String shift, String service, int required) {
        return new Demand(MONDAY.plusDays(day), shift, service, required);
    }

    static DeskId desk(String label) {
        return DeskId.parse(label);
    }

    /** Sets one operator's day in a plan and returns the assignment. */
    static Assignment work(
            Plan plan, PlanFactory factory, String operatorId, int day, String shift, String service, Location at) {
        LocalDate date = MONDAY.plusDays(day);
        Assignment a = plan.getAssignments().stream()
                .filter(x -> x.getOperatorId().equals(operatorId) && x.getDate().equals(date))
                .findFirst()
                .orElseThrow();
        a.setShift(factory.shift(shift));
        a.setService(service);
        a.setLocation(at);
        return a;
    }
}
