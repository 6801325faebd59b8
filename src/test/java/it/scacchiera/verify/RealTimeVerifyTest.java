package it.scacchiera.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * verify on the nights the clocks change in Europe/Rome (SPEC §3): on 29 March 2026 22:00 → 09:00
 * is 10 hours of rest, on 25 October 2026 22:00 → 08:00 is 11.
 */
class RealTimeVerifyTest {
    private static final LocalDate SPRING_SATURDAY = LocalDate.of(2026, 3, 28);
    private static final LocalDate AUTUMN_SATURDAY = LocalDate.of(2026, 10, 24);
    private static final LocalDate ORDINARY_SATURDAY = LocalDate.of(2026, 11, 28);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static final List<Shift> SHIFTS = List.of(
            Fixture.shift("P", "14:00", "22:00"),
            Fixture.shift("L", "09:00", "17:00"),
            Fixture.shift("B", "08:00", "16:00"),
            Fixture.shift("N", "22:00", "06:00"),
            Fixture.shift("X", "18:00", "01:45"),
            Fixture.shift("Y", "03:00", "09:00"));
    private static final List<Operator> OPERATORS = List.of(
            Fixture.operator("ana", "Ana", "", false, 2, Set.of(), Set.of()),
            Fixture.operator("bruno", "Bruno", "", false, 2, Set.of(), Set.of()));

    private static VerifyReport verify(LocalDate saturday, ZoneId zone, List<ScheduleEntry> entries) {
        List<ConflictGraph> rooms = Fixture.rooms();
        var week = new Horizon(saturday.minusDays(5), 1);
        return new PlanVerifier(rooms, SHIFTS, OPERATORS, List.of(), week, Set.of(), 30, zone).verify(entries);
    }

    private static ScheduleEntry at(LocalDate date, String shiftCode, String operator, String desk) {
        Shift shift = SHIFTS.stream()
                .filter(s -> s.code().equals(shiftCode))
                .findFirst()
                .orElseThrow();
        return new ScheduleEntry(
                date,
                shiftCode,
                shift.start(),
                shift.end(),
                operator,
                operator,
                "team1",
                "",
                "inb",
                "roma",
                DeskId.parse(desk),
                "");
    }

    @Test
    void verify_22to09WhenClocksGoForward_tenHoursRestBreaksRuleSix() {
        var entries = List.of(at(SPRING_SATURDAY, "P", "ana", "B2"), at(SPRING_SATURDAY.plusDays(1), "L", "ana", "B2"));

        var report = verify(SPRING_SATURDAY, ROME, entries);

        assertEquals(1, report.count("6"));
        assertTrue(report.violations().stream().anyMatch(v -> v.message().contains("rests 600 min")), report::toString);
    }

    @Test
    void verify_22to09InAnOrdinaryWeek_noRestViolation() {
        var entries =
                List.of(at(ORDINARY_SATURDAY, "P", "ana", "B2"), at(ORDINARY_SATURDAY.plusDays(1), "L", "ana", "B2"));

        var report = verify(ORDINARY_SATURDAY, ROME, entries);

        assertEquals(0, report.count("6"));
    }

    @Test
    void verify_22to09WhenClocksGoForwardInUtc_noRestViolation() {
        var entries = List.of(at(SPRING_SATURDAY, "P", "ana", "B2"), at(SPRING_SATURDAY.plusDays(1), "L", "ana", "B2"));

        var report = verify(SPRING_SATURDAY, ZoneId.of("UTC"), entries);

        assertEquals(0, report.count("6"));
    }

    @Test
    void verify_22to08WhenClocksGoBack_elevenHoursRestIsEnough() {
        var entries = List.of(at(AUTUMN_SATURDAY, "P", "ana", "B2"), at(AUTUMN_SATURDAY.plusDays(1), "B", "ana", "B2"));

        var report = verify(AUTUMN_SATURDAY, ROME, entries);

        assertEquals(0, report.count("6"));
    }

    @Test
    void verify_22to08InAnOrdinaryWeek_tenHoursRestBreaksRuleSix() {
        var entries =
                List.of(at(ORDINARY_SATURDAY, "P", "ana", "B2"), at(ORDINARY_SATURDAY.plusDays(1), "B", "ana", "B2"));

        var report = verify(ORDINARY_SATURDAY, ROME, entries);

        assertEquals(1, report.count("6"));
    }

    @Test
    void verify_nightShiftWhenClocksGoForward_overlapMeasuredInRealMinutes() {
        var entries = List.of(at(SPRING_SATURDAY, "N", "ana", "B2"), at(SPRING_SATURDAY.plusDays(1), "Y", "ana", "B2"));

        var report = verify(SPRING_SATURDAY, ROME, entries);

        // Y starts at 03:00 Sunday, three real hours before the night shift ends at 06:00
        assertEquals(1, report.count("6"));
        assertTrue(
                report.violations().stream().anyMatch(v -> v.message().contains("rests -180 min")), report::toString);
    }

    @Test
    void verify_01h45To03h00WhenClocksGoForward_fifteenMinutesBreakSanitisation() {
        var entries =
                List.of(at(SPRING_SATURDAY, "X", "ana", "B2"), at(SPRING_SATURDAY.plusDays(1), "Y", "bruno", "B2"));

        var report = verify(SPRING_SATURDAY, ROME, entries);

        assertEquals(1, report.count("8"));
        assertTrue(report.violations().stream().anyMatch(v -> v.message().contains("after 15 min")), report::toString);
    }

    @Test
    void verify_01h45To03h00InAnOrdinaryWeek_gapIsEnough() {
        var entries =
                List.of(at(ORDINARY_SATURDAY, "X", "ana", "B2"), at(ORDINARY_SATURDAY.plusDays(1), "Y", "bruno", "B2"));

        var report = verify(ORDINARY_SATURDAY, ROME, entries);

        assertEquals(0, report.count("8"));
    }

    @Test
    void verify_startTimesStayWallClockInMessages() {
        var entries = List.of(at(SPRING_SATURDAY, "P", "ana", "B2"), at(SPRING_SATURDAY.plusDays(1), "L", "ana", "B2"));

        var report = verify(SPRING_SATURDAY, ROME, entries);

        assertTrue(
                report.violations().stream().anyMatch(v -> v.message().contains("2026-03-29 09:00")), report::toString);
    }
}
