package it.scacchiera.verify;

import static it.scacchiera.verify.Fixture.MON;
import static it.scacchiera.verify.Fixture.SAT;
import static it.scacchiera.verify.Fixture.TUE;
import static it.scacchiera.verify.Fixture.WED;
import static it.scacchiera.verify.Fixture.office;
import static it.scacchiera.verify.Fixture.remote;
import static it.scacchiera.verify.Fixture.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanVerifierTest {
    @TempDir
    Path dir;

    private static final List<String> VALID = List.of(
            office(MON, "M", "ana", "B2"),
            office(MON, "M", "bruno", "C6"),
            remote(TUE, "M", "carla"),
            office(TUE, "M", "dario", "B2"),
            office(MON, "P", "ele", "B3"),
            office(MON, "W", "fede", "inb", "milano", "B2"),
            office(WED, "W", "fede", "inb", "milano", "B2"),
            office(WED.plusDays(1), "W", "fede", "inb", "milano", "B2"),
            office(WED.plusDays(2), "W", "fede", "inb", "milano", "B2"));

    @Test
    void verify_validPlan_noViolations() throws Exception {
        var rows = VALID;

        var report = verify(dir, rows, List.of(), Set.of("Outsourcer Srl"), 30);

        assertEquals(List.of(), report.violations());
        assertEquals("hard=0 medium=0", report.summary());
    }

    @Test
    void verify_neighboursInOneShift_oneConflict() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(MON, "M", "bruno", "B3"));

        var report = verify(dir, rows);

        assertEquals(1, report.count("1"));
    }

    @Test
    void verify_neighboursBackToBack_noConflict() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(MON, "P", "bruno", "B3"));

        var report = verify(dir, rows);

        assertEquals(0, report.count("1"));
    }

    @Test
    void verify_overnightThenEarlyNextDay_conflictOnlyWhenOverlapping() throws Exception {
        var backToBack = List.of(office(MON, "N", "ana", "B2"), office(TUE, "M", "bruno", "B3"));
        var overlapping = List.of(office(MON, "N", "ana", "B2"), office(TUE, "E", "bruno", "B3"));

        var first = verify(dir, backToBack);
        var second = verify(dir, overlapping);

        assertEquals(0, first.count("1"));
        assertEquals(1, second.count("1"));
    }

    @Test
    void verify_deskNextToFixedPost_oneUnitPerPost() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B4"), office(TUE, "M", "bruno", "B6"));

        var report = verify(dir, rows);

        assertEquals(2, report.count("1"));
    }

    @Test
    void verify_diagonalNeighbours_noConflict() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B3"), office(MON, "M", "bruno", "C2"));

        var report = verify(dir, rows);

        assertEquals(0, report.count("1"));
    }

    @Test
    void verify_twoOnOneDesk_deskRuleOnlyNotSanitisation() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(MON, "E", "bruno", "B2"));

        var report = verify(dir, rows);

        assertEquals(1, report.count("2"));
        assertEquals(0, report.count("8"));
        assertEquals(0, report.count("1"));
    }

    @Test
    void verify_outOfServiceFixedPostWallAndFloor_eachADeskViolation() throws Exception {
        var rows = List.of(
                office(MON, "M", "ana", "C4"),
                office(TUE, "M", "bruno", "B5"),
                office(WED, "M", "dario", "A1"),
                office(SAT, "M", "ele", "C3"));

        var report = verify(dir, rows);

        assertEquals(4, report.count("2"));
    }

    @Test
    void verify_moreThanMaxOccupancyWithFixedPost_excessAtShiftStart() throws Exception {
        var rows = List.of(
                office(MON, "M", "ana", "inb", "milano", "B2"), office(MON, "M", "bruno", "inb", "milano", "B4"));

        var report = verify(dir, rows);

        // allowed = 2 − 1 S post = 1; both present at the moments 06:00, 08:00 (W) and 09:00 (L)
        assertEquals(3, report.count("3"));
    }

    @Test
    void verify_overnightStillPresentAtEarlyShiftStart_countsAtThatMoment() throws Exception {
        var rows = List.of(
                office(MON, "N", "ana", "inb", "milano", "B2"), office(TUE, "E", "bruno", "inb", "milano", "B4"));

        var report = verify(dir, rows);

        // Tue 05:00 (E starts): ana until 06:00 and bruno; at 06:00 ana has left
        assertEquals(1, report.count("3"));
    }

    @Test
    void verify_remoteNotAllowed_onePerEntry() throws Exception {
        var rows = List.of(remote(MON, "M", "bruno"), remote(TUE, "M", "carla"), remote(WED, "M", "ana"));

        var unauthorised = verify(dir, rows);
        var authorised = verify(dir, rows, List.of(), Set.of("Outsourcer Srl"), 30);

        assertEquals(2, unauthorised.count("4"));
        assertEquals(1, authorised.count("4"));
    }

    @Test
    void verify_wrongShiftSkillDateWeekday_onePerCheck() throws Exception {
        var rows = List.of(
                office(MON, "P", "dario", "B2"),
                office(TUE, "M", "bruno", "xyz", "roma", "B2"),
                office(WED, "M", "dario", "B3"),
                office(SAT, "W", "ana", "B2"));

        var report = verify(dir, rows);

        assertEquals(4, report.count("5"));
    }

    @Test
    void verify_twoShiftsOneDay_countMinusOneAndRest() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(MON, "N", "ana", "B2"), office(MON, "P", "ana", "C6"));

        var report = verify(dir, rows);

        assertEquals(2, report.count("5"));
        assertEquals(3, report.count("6")); // M–P 0 h, P–N 0 h, M–N 8 h
    }

    @Test
    void verify_exactlyElevenHoursRest_noViolation() throws Exception {
        var rows = List.of(office(MON, "P", "ana", "B2"), office(TUE, "L", "ana", "B2"));

        var report = verify(dir, rows);

        assertEquals(0, report.count("6"));
    }

    @Test
    void verify_nightThenAfternoon_eightHoursRestIsAViolation() throws Exception {
        var rows = List.of(office(MON, "N", "ana", "B2"), office(TUE, "P", "ana", "B2"));

        var report = verify(dir, rows);

        assertEquals(1, report.count("6"));
        assertEquals(0, report.count("5"));
    }

    @Test
    void verify_daysOffTarget_distanceFromTarget() throws Exception {
        var rows =
                List.of(office(MON, "W", "fede", "B2"), office(WED, "W", "fede", "B2"), office(MON, "M", "ana", "B6"));

        var report = verify(dir, rows);

        // fede: 4 available weekdays (Tue off), works 2 → 2; bruno, carla, dario, ele: 0 of 1 → 4
        assertEquals(6, report.count("7"));
    }

    @Test
    void verify_deskHandedOverWithoutGap_sanitisationViolation() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(MON, "P", "bruno", "B2"));

        var report = verify(dir, rows);

        assertEquals(1, report.count("8"));
        assertEquals(0, report.count("2"));
    }

    @Test
    void verify_exactlyTheGap_noSanitisationViolation() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(MON, "Q", "bruno", "B2"));

        var atThirty = verify(dir, rows, List.of(), Set.of(), 30);
        var atThirtyOne = verify(dir, rows, List.of(), Set.of(), 31);

        assertEquals(0, atThirty.count("8"));
        assertEquals(1, atThirtyOne.count("8"));
    }

    @Test
    void verify_handOverAcrossMidnight_sanitisationViolation() throws Exception {
        var rows = List.of(office(MON, "N", "ana", "B2"), office(TUE, "M", "bruno", "B2"));

        var report = verify(dir, rows);

        assertEquals(1, report.count("8"));
    }

    @Test
    void verify_sameOperatorKeepsDesk_noSanitisationViolation() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(TUE, "M", "ana", "B2"));

        var report = verify(dir, rows);

        assertEquals(0, report.count("8"));
    }

    @Test
    void verify_shortOfDemand_mediumShortfallPerOperator() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(MON, "M", "bruno", "out", "roma", "C6"));
        var demand = List.of(
                new Demand(MON, "M", "inb", 3),
                new Demand(MON, "M", "out", 1),
                new Demand(MON.plusWeeks(1), "M", "inb", 5));

        var report = verify(dir, rows, demand, Set.of(), 30);

        assertEquals(2, report.mediumShortfall());
        assertEquals(2, report.count(Violation.COVERAGE));
    }

    @Test
    void print_violations_linesThenSummaryLast() throws Exception {
        var rows = List.of(office(MON, "M", "ana", "B2"), office(MON, "M", "bruno", "B3"));
        var report = verify(dir, rows, List.of(new Demand(MON, "M", "inb", 3)), Set.of(), 30);
        var out = new StringBuilder();

        report.print(out);

        var lines = out.toString().lines().toList();
        assertEquals(report.violations().size() + 1, lines.size());
        assertEquals("hard=" + report.hardCount() + " medium=1", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).contains("ana") || lines.get(0).contains("bruno"), lines.get(0));
        assertEquals(
                report.violations().stream()
                        .filter(v -> v.severity() == Severity.HARD)
                        .mapToInt(Violation::count)
                        .sum(),
                report.hardCount());
    }

    @Test
    void spanning_datesFromWednesdayToNextMonday_twoWholeWeeks() throws Exception {
        var entries = Fixture.readBack(
                dir, List.of(office(WED, "M", "ana", "B2"), office(MON.plusWeeks(1), "M", "ana", "B2")));

        var horizon = PlanVerifier.spanning(entries);

        assertEquals(new Horizon(MON, 2), horizon);
    }
}
