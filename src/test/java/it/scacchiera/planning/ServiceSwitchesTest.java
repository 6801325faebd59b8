package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.demand;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static it.scacchiera.planning.TestSite.work;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Operator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ServiceSwitchesTest {
    private static final List<String> SERVICES = List.of("S1", "S2", "S3", "S4");

    private final PlanningService service = new PlanningService();

    @Test
    void fill_chainOfTwoSwitches_coversEveryService() {
        var problem = morning(
                List.of(
                        operator("a", Operator.IN_HOUSE, true, "S1", "S2"),
                        operator("b", Operator.IN_HOUSE, true, "S2", "S3"),
                        operator("c", Operator.IN_HOUSE, true, "S1")),
                List.of(demand(0, "M", "S1", 1), demand(0, "M", "S2", 1), demand(0, "M", "S3", 1)));
        var factory = new PlanFactory(problem);
        Plan plan = factory.emptyPlan();
        work(plan, factory, "a", 0, "M", "S1", Location.REMOTE);
        work(plan, factory, "b", 0, "M", "S2", Location.REMOTE);
        work(plan, factory, "c", 0, "M", "S1", Location.REMOTE);
        assertEquals(-1, service.score(plan).mediumScore());
        int hard = service.score(plan).hardScore(); // days per week: these operators work one day of five

        assertEquals(1, ServiceSwitches.fill(plan));

        assertEquals(
                0, service.score(plan).mediumScore(), PlanFactory.entries(plan).toString());
        assertEquals(hard, service.score(plan).hardScore(), "a service switch changes no hard rule");
    }

    @Test
    void fill_theOnlyChainGoesThroughAPinnedRow_leftAsItIs() {
        var problem = morning(
                List.of(
                        operator("a", Operator.IN_HOUSE, true, "S1", "S2"),
                        operator("c", Operator.IN_HOUSE, true, "S1")),
                List.of(demand(0, "M", "S1", 1), demand(0, "M", "S2", 1)));
        var factory = new PlanFactory(problem);
        Plan plan = factory.emptyPlan();
        work(plan, factory, "a", 0, "M", "S1", Location.REMOTE).setPinned(true);
        work(plan, factory, "c", 0, "M", "S1", Location.REMOTE);

        assertEquals(0, ServiceSwitches.fill(plan));
        assertEquals(-1, service.score(plan).mediumScore());
    }

    /** One room of one desk and one morning shift, over one week. */
    private static PlanningProblem morning(List<Operator> operators, List<Demand> demands) {
        return PlanningProblem.of(
                List.of(room("r", -1, "D")), List.of(shift("M", "08:00", "14:00")), operators, demands, ONE_WEEK);
    }

    /** Over random shifts, what is left short equals the least any split of the same operators leaves. */
    @Test
    void fill_randomShifts_leavesNoMoreShortThanTheBestSplit() {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            List<Operator> operators = new ArrayList<>();
            int people = 1 + random.nextInt(6);
            for (int i = 0; i < people; i++) {
                List<String> skills = new ArrayList<>(SERVICES);
                java.util.Collections.shuffle(skills, random);
                skills = skills.subList(0, 1 + random.nextInt(3));
                operators.add(operator("o" + i, Operator.IN_HOUSE, true, skills.toArray(String[]::new)));
            }
            List<Demand> demands = new ArrayList<>();
            for (String s : SERVICES) {
                demands.add(demand(0, "M", s, random.nextInt(3)));
            }
            var problem = PlanningProblem.of(
                    List.of(room("r", -1, "D")), List.of(shift("M", "08:00", "14:00")), operators, demands, ONE_WEEK);
            var factory = new PlanFactory(problem);
            Plan plan = factory.emptyPlan();
            for (Operator o : operators) {
                String first = o.skills().get(random.nextInt(o.skills().size()));
                work(plan, factory, o.id(), 0, "M", first, Location.REMOTE);
            }

            ServiceSwitches.fill(plan);

            assertEquals(
                    -leastShort(operators, demands, 0, new HashMap<>()),
                    service.score(plan).mediumScore(),
                    "round " + round + ": " + PlanFactory.entries(plan));
        }
    }

    /** Brute force over every split of the operators over their skills. */
    private static int leastShort(
            List<Operator> operators, List<Demand> demands, int next, Map<String, Integer> staffed) {
        if (next == operators.size()) {
            return demands.stream()
                    .mapToInt(d -> Math.max(0, d.required() - staffed.getOrDefault(d.service(), 0)))
                    .sum();
        }
        int least = Integer.MAX_VALUE;
        for (String skill : operators.get(next).skills()) {
            staffed.merge(skill, 1, Integer::sum);
            least = Math.min(least, leastShort(operators, demands, next + 1, staffed));
            staffed.merge(skill, -1, Integer::sum);
        }
        return least;
    }
}
