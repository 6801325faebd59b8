package it.scacchiera.bench.planted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.site.Site;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the planted families promise besides feasibility: the variety of rules, inputs and tightness. */
class PlantedVarietyTest {
    private final PlantedGenerator generator = new PlantedGenerator();

    @ParameterizedTest
    @ValueSource(strings = {"S", "N"})
    void demand_readBack_equalsWhatTheHiddenPlanStaffsLessSlack(String family) {
        PlantedSite site = generator.generate(family, 5);

        Site read = PlantedProblem.read(site);
        List<Demand> demand = read.demand().resolve(site.family().horizon(), read.shiftsByCode());

        int required = demand.stream().mapToInt(Demand::required).sum();
        assertEquals(site.required(), required, family + " seed 5: Erlang C rows give back the planted counts");
        int slack = site.hidden().size() - required;
        assertTrue(
                slack >= 0
                        && slack
                                <= Math.ceil(
                                        site.hidden().size() * site.family().slack()),
                "slack " + slack);
    }

    @Test
    void demandText_hasWeekdayRowsDatedOverridesAndErlangRows() {
        String demand = generator.generate("N", 0).demandCsv();

        List<String> rows = demand.lines().skip(1).toList();

        assertTrue(rows.stream().anyMatch(r -> r.matches("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun),.*")), "weekday rows");
        assertTrue(rows.stream().anyMatch(r -> r.matches("^\\d{4}-\\d\\d-\\d\\d,.*")), "dated rows");
        assertTrue(rows.stream().anyMatch(r -> r.matches("^[^,]+,[^,]+,[^,]+,,\\d+,\\d+,\\d+,\\d+$")), "Erlang rows");
    }

    @Test
    void smallFamily_seeds_varyRulesPostsDesksOutOfServiceAndCaps() {
        Set<Class<?>> rules = new HashSet<>();
        boolean posts = false;
        boolean outOfService = false;
        boolean capped = false;
        for (long seed = 0; seed < 10; seed++) {
            for (Floor floor : generator.generate("S", seed).floors()) {
                rules.add(floor.distance().getClass());
                posts |= floor.grid().stream().anyMatch(row -> row.contains("S"));
                outOfService |= floor.grid().stream().anyMatch(row -> row.contains("X"));
                capped |= floor.hasOccupancyLimit();
            }
        }

        assertEquals(
                Set.of(DistanceRule.Checkerboard.class, DistanceRule.King.class, DistanceRule.Metric.class), rules);
        assertTrue(posts && outOfService && capped, "S posts, X desks and max-occupancy");
    }

    @Test
    void smallFamily_hiddenPlan_fillsTheRoomAtItsCapacity() {
        PlantedSite site = generator.generate("S", 1);
        Floor room = site.floors().get(0);
        int capacity =
                Capacity.compute(ConflictGraph.of(room), Duration.ofSeconds(30)).capacity();

        Map<String, Long> morning = site.hidden().stream()
                .filter(e -> !e.remote() && e.shift().equals("M"))
                .collect(Collectors.groupingBy(e -> e.date().toString(), Collectors.counting()));

        assertTrue(morning.values().stream().allMatch(n -> n == capacity), morning + " vs capacity " + capacity);
    }

    @Test
    void largeFamily_operators_partTimersLeaveAllowedShiftsAndAnUnauthorisedOutsourcer() {
        PlantedSite site = generator.generate("L", 0);
        List<Operator> operators = site.operators();
        Map<String, Operator> byId = operators.stream().collect(Collectors.toMap(Operator::id, Function.identity()));

        long outsourcedSayingYes = operators.stream()
                .filter(o -> o.employer().equals(site.family().unauthorised()) && o.remote())
                .count();
        boolean remoteOnlyWhenAuthorised = site.hidden().stream()
                .filter(ScheduleEntry::remote)
                .map(e -> byId.get(e.operatorId()))
                .allMatch(o ->
                        o.remote() && (o.inHouse() || site.family().authorised().contains(o.employer())));

        assertTrue(
                outsourcedSayingYes > 30,
                "unauthorised outsourcer's operators saying remote=yes: " + outsourcedSayingYes);
        assertTrue(remoteOnlyWhenAuthorised);
        assertTrue(operators.stream().anyMatch(o -> o.daysPerWeek() < 5), "part-timers");
        assertTrue(operators.stream().anyMatch(o -> !o.unavailable().isEmpty()), "leave");
        assertTrue(operators.stream().anyMatch(o -> !o.shifts().isEmpty()), "allowed shifts");
        assertTrue(operators.size() > 900 && operators.size() < 1100, operators.size() + " operators");
    }
}
