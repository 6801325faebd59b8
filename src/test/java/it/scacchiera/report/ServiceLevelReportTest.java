package it.scacchiera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.export.ServiceLevelCsvWriter;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.DemandReader;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import it.scacchiera.roster.ShiftsReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceLevelReportTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate MON = LocalDate.of(2026, 12, 14);
    private static final String SHIFTS = """
            code,name,start,end,days
            M,Mattina,08:00,14:00,Mon-Sat
            N,Notte,22:00,06:00,
            A,Alba,06:00,12:00,Mon
            """;

    private static List<Shift> shifts() throws Exception {
        return new ShiftsReader().read("shifts.csv", SHIFTS);
    }

    private static Map<String, Shift> byCode(List<Shift> shifts) {
        return shifts.stream().collect(Collectors.toMap(Shift::code, Function.identity()));
    }

    private static ScheduleEntry entry(LocalDate date, Shift shift, String id, String service, String desk) {
        return new ScheduleEntry(
                date,
                shift.code(),
                shift.start(),
                shift.end(),
                id,
                "Name " + id,
                "t",
                "in-house",
                service,
                desk == null ? null : "roma",
                desk == null ? null : DeskId.parse(desk),
                "");
    }

    private static String csv(List<ServiceLevelRow> rows) throws Exception {
        var out = new StringBuilder();
        new ServiceLevelCsvWriter(',').write(out, rows);
        return out.toString().replace("\r\n", "\n");
    }

    @Test
    void rows_demandAndPlannedStaff_countsShortAndErlangColumnsSorted() throws Exception {
        List<Shift> shifts = shifts();
        var shift = byCode(shifts);
        var demand = new DemandReader().read("demand.csv", """
                        date,shift,service,required,calls,aht,sl_percent,sl_seconds
                        Mon,M,COMM,,1200,180,80,20
                        Mon,M,TECH,3,,,,
                        2026-12-14,A,TECH,1,,,,
                        Tue,N,COMM,,0,,,
                        """, byCode(shifts), Set.of("COMM", "TECH"));
        var horizon = new Horizon(MON, 1);
        var entries = new ArrayList<ScheduleEntry>();
        for (int i = 0; i < 12; i++) {
            entries.add(entry(MON, shift.get("M"), "c" + i, "COMM", i < 8 ? "B" + (i + 1) : null));
        }
        entries.add(entry(MON, shift.get("M"), "t1", "TECH", "C1"));
        entries.add(entry(MON, shift.get("N"), "n1", "SALES", null));
        entries.add(entry(MON.plusWeeks(1), shift.get("M"), "late", "TECH", "C1"));

        var rows = new ServiceLevelReport(shifts, ROME)
                .rows(horizon, demand.resolveWithInputs(horizon, byCode(shifts)), entries);

        // 1200 calls × 180 s / 6 h = 10 erlangs; 12 agents reach 64.0% in 20 s, ASA 40.4 s
        assertEquals("""
                date,shift,service,required,office,remote,short,calls,aht,sl_percent,sl_seconds,planned_sl_percent,planned_asa_seconds
                2026-12-14,A,TECH,1,0,0,1,,,,,,
                2026-12-14,M,COMM,14,8,4,2,1200,180,80,20,64.0,40.4
                2026-12-14,M,TECH,3,1,0,2,,,,,,
                2026-12-14,N,SALES,0,0,1,0,,,,,,
                2026-12-15,N,COMM,0,0,0,0,0,,,,0.0,
                """, csv(rows));
        assertEquals(
                "required=18 planned=14 short=5", ServiceLevelTotals.of(rows).summary());
    }

    @Test
    void shiftSeconds_nightTheClocksGoForward_sevenHours() throws Exception {
        var report = new ServiceLevelReport(shifts(), ROME);

        double seconds = report.shiftSeconds("N", LocalDate.of(2026, 3, 28));

        assertEquals(7 * 3600, seconds);
    }

    @Test
    void shiftSeconds_nightTheClocksGoBack_nineHours() throws Exception {
        var report = new ServiceLevelReport(shifts(), ROME);

        double seconds = report.shiftSeconds("N", LocalDate.of(2026, 10, 24));

        assertEquals(9 * 3600, seconds);
    }
}
