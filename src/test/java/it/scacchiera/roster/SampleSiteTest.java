package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample site in {@code floorplans/} reads cleanly and asks for a plannable demand. */
class SampleSiteTest {
    private static final Path SITE = Path.of("floorplans");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

    private Map<String, Shift> shifts() throws Exception {
        return new ShiftsReader()
                .read(SITE.resolve("shifts.csv")).stream().collect(Collectors.toMap(Shift::code, Function.identity()));
    }

    private List<Operator> operators(Map<String, Shift> shifts) throws Exception {
        return new OperatorsReader().read(SITE.resolve("operators.csv"), shifts);
    }

    @Test
    void shifts_sampleSite_fourShiftsOneOvernight() throws Exception {
        var shifts = shifts();

        assertEquals(Set.of("M", "P", "G", "N"), shifts.keySet());
        assertTrue(shifts.get("N").overnight());
    }

    @Test
    void operators_sampleSite_threeHundredAcrossEmployers() throws Exception {
        var operators = operators(shifts());

        assertEquals(300, operators.size());
        var employers = operators.stream().map(Operator::employer).collect(Collectors.toSet());
        assertEquals(Set.of(Operator.IN_HOUSE, "Contact Sud srl", "Voce Nord spa"), employers);
        long remote = operators.stream().filter(Operator::remote).count();
        assertTrue(remote > 100 && remote < 200, "remote " + remote);
    }

    @Test
    void demand_sampleSite_aboutTwoHundredOnWeekdays() throws Exception {
        var shifts = shifts();
        var services =
                operators(shifts).stream().flatMap(o -> o.skills().stream()).collect(Collectors.toSet());

        var demand = new DemandReader()
                .read(SITE.resolve("demand.csv"), shifts, services)
                .resolve(new Horizon(MONDAY, 1), shifts);

        var perDay =
                demand.stream().collect(Collectors.groupingBy(Demand::date, Collectors.summingInt(Demand::required)));
        for (int day = 0; day < 5; day++) {
            int required = perDay.get(MONDAY.plusDays(day));
            assertTrue(required >= 180 && required <= 220, MONDAY.plusDays(day) + ": " + required);
        }
        assertEquals(Set.of("COMM", "TECH", "BILL", "SALES", "NIGHT"), services);
    }
}
