package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.MONDAY;
import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bound is never above the least shortfall of any plan keeping the hard rules. */
class CoverageBoundPropertyTest {
    private static final Duration CAPACITY_TIME = Duration.ofMillis(100);
    private static final List<Shift> SHIFTS = List.of(
            shift("M", "08:00", "14:00"),
            shift("P", "14:00", "20:00"),
            shift("O", "12:00", "18:00"),
            shift("N", "22:00", "06:00"),
            shift("E", "06:00", "14:00"));

    @Test
    void of_tinyRandomSites_neverAboveTheBruteForceOptimum() {
        int feasible = 0;
        int tight = 0;
        for (long seed = 1; seed <= 150; seed++) {
            PlanningProblem problem = tinySite(new Random(seed));
            var factory = new PlanFactory(problem);

            int optimum = new BruteForceCoverage(factory).optimum();
            int bound = CoverageBound.of(factory, CAPACITY_TIME);

            if (optimum >= 0) {
                feasible++;
                tight += bound == optimum ? 1 : 0;
                assertTrue(bound <= optimum, "seed " + seed + ": bound " + bound + " above optimum " + optimum);
            }
        }
        assertTrue(feasible >= 50, "too few sites with a plan keeping the hard rules: " + feasible);
        assertTrue(tight * 2 >= feasible, "the bound is tight on only " + tight + " of " + feasible);
    }

    /** 1–3 operators free on 1–3 days, 1–2 shifts, 1–2 rooms of up to 4 desks, demand up to 2. */
    static PlanningProblem tinySite(Random random) {
        List<ConflictGraph> rooms = new ArrayList<>();
        for (int r = 0; r < 1 + random.nextInt(2); r++) {
            StringBuilder grid = new StringBuilder();
            for (int c = 0; c < 1 + random.nextInt(4); c++) {
                grid.append("DDD.X".charAt(random.nextInt(5)));
            }
            int maxOccupancy = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : -1;
            rooms.add(room("r" + r, maxOccupancy, grid.toString()));
        }
        List<Shift> shifts = new ArrayList<>(SHIFTS);
        java.util.Collections.shuffle(shifts, random);
        shifts = List.copyOf(shifts.subList(0, 1 + random.nextInt(2)));
        List<String> services = List.of("A", "B");
        List<Operator> operators = new ArrayList<>();
        for (int o = 0; o < 1 + random.nextInt(3); o++) {
            List<String> skills = random.nextBoolean() ? services : List.of(services.get(random.nextInt(2)));
            Set<LocalDate> off = new HashSet<>();
            int free = 1 + random.nextInt(3);
            List<Integer> days = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
            java.util.Collections.shuffle(days, random);
            days.subList(free, 7).forEach(d -> off.add(MONDAY.plusDays(d)));
            Set<String> allowed = random.nextInt(3) == 0 ? Set.of(shifts.get(0).code()) : Set.of();
            String employer = random.nextBoolean() ? Operator.IN_HOUSE : "Ext";
            operators.add(new Operator(
                    "o" + o,
                    "o" + o,
                    "t",
                    employer,
                    skills,
                    random.nextInt(3) == 0,
                    1 + random.nextInt(2),
                    allowed,
                    off,
                    "h" + o));
        }
        List<Demand> demands = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (Shift s : shifts) {
                for (String service : services) {
                    if (random.nextInt(3) == 0) {
                        demands.add(new Demand(MONDAY.plusDays(d), s.code(), service, 1 + random.nextInt(2)));
                    }
                }
            }
        }
        int gap = List.of(0, 30, 60).get(random.nextInt(3));
        return new PlanningProblem(rooms, shifts, operators, demands, ONE_WEEK, Set.of(), gap, List.of(), List.of());
    }
}
