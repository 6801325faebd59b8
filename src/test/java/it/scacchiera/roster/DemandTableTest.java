package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.input.InputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemandTableTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Map<String, Shift> SHIFTS = Map.of(
            "M", new Shift("M", "Mattina", LocalTime.of(8, 0), LocalTime.of(14, 0), Set.of(DayOfWeek.MONDAY)),
            "N", new Shift("N", "Notte", LocalTime.of(22, 0), LocalTime.of(6, 0), Set.of()),
            "A", new Shift("A", "Alba", LocalTime.of(6, 0), LocalTime.of(12, 0), Set.of()));

    private final DemandReader reader = new DemandReader();

    private DemandTable table(String rows) throws InputException {
        return reader.read("demand.csv", DemandReaderTest.HEADER + rows, SHIFTS, Set.of("COMM", "TECH", "NIGHT"));
    }

    @Test
    void resolve_weekdayRow_everySuchDateOfTheHorizon() throws InputException {
        var table = table("Mon,M,COMM,5,,,,\n");

        var demand = table.resolve(new Horizon(MONDAY, 2), SHIFTS);

        assertEquals(
                List.of(new Demand(MONDAY, "M", "COMM", 5), new Demand(MONDAY.plusWeeks(1), "M", "COMM", 5)), demand);
    }

    @Test
    void resolve_datedRow_overridesOnlyItsDate() throws InputException {
        var table = table("2026-12-14,M,COMM,1,,,,\nMon,M,COMM,5,,,,\n");

        var demand = table.resolve(new Horizon(MONDAY, 2), SHIFTS);

        assertEquals(
                List.of(new Demand(MONDAY, "M", "COMM", 5), new Demand(MONDAY.plusWeeks(1), "M", "COMM", 1)), demand);
    }

    @Test
    void resolve_datedRowWithoutWeekdayRow_addsThatDemand() throws InputException {
        var table = table("2026-12-09,N,NIGHT,2,,,,\n");

        var demand = table.resolve(new Horizon(MONDAY, 1), SHIFTS);

        assertEquals(List.of(new Demand(MONDAY.plusDays(2), "N", "NIGHT", 2)), demand);
    }

    @Test
    void resolve_datedRowOutsideHorizon_ignored() throws InputException {
        var table = table("2026-12-14,M,COMM,1,,,,\n2026-12-06,N,NIGHT,2,,,,\n");

        var demand = table.resolve(new Horizon(MONDAY, 1), SHIFTS);

        assertTrue(demand.isEmpty());
    }

    @Test
    void resolve_weekdayRowForShiftNotRunningThatDay_ignored() throws InputException {
        var table = table("Tue,M,COMM,4,,,,\n");

        var demand = table.resolve(new Horizon(MONDAY, 1), SHIFTS);

        assertTrue(demand.isEmpty());
    }

    @Test
    void resolve_datedRowForShiftNotRunningThatDay_ignoredAndWeekdayRowStillApplies() throws InputException {
        // given M runs on Mondays only; 2026-12-08 is a Tuesday
        var table = table("2026-12-08,M,COMM,4,,,,\nMon,M,COMM,2,,,,\n");

        var demand = table.resolve(new Horizon(MONDAY, 1), SHIFTS);

        assertEquals(List.of(new Demand(MONDAY, "M", "COMM", 2)), demand);
    }

    @Test
    void resolve_severalShifts_sortedByDateStartCodeAndService() throws InputException {
        var table = table("Mon,N,NIGHT,1,,,,\nMon,M,TECH,2,,,,\nMon,M,COMM,3,,,,\nMon,A,COMM,4,,,,\n");

        var demand = table.resolve(new Horizon(MONDAY, 1), SHIFTS);

        assertEquals(
                List.of(
                        new Demand(MONDAY, "A", "COMM", 4),
                        new Demand(MONDAY, "M", "COMM", 3),
                        new Demand(MONDAY, "M", "TECH", 2),
                        new Demand(MONDAY, "N", "NIGHT", 1)),
                demand);
    }

    @Test
    void resolve_erlangRow_usesTheComputedAgents() throws InputException {
        // given 1,200 calls of 180 s over the 6-hour shift A: 10 erlangs
        var table = table("Mon,A,COMM,,1200,180,80,20\n");

        var demand = table.resolve(new Horizon(MONDAY, 1), SHIFTS);

        assertEquals(List.of(new Demand(MONDAY, "A", "COMM", 14)), demand);
    }
}
