package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandReaderTest {
    static final String HEADER = "date,shift,service,required,calls,aht,sl_percent,sl_seconds\n";
    static final Map<String, Shift> SHIFTS = Map.of(
            "M",
            new Shift(
                    "M",
                    "Mattina",
                    LocalTime.of(8, 0),
                    LocalTime.of(14, 0),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)),
            "H",
            new Shift("H", "Mezz'ora", LocalTime.of(10, 0), LocalTime.of(10, 30), Set.of()));
    static final Set<String> SERVICES = Set.of("COMM", "TECH");

    private final DemandReader reader = new DemandReader();

    @Test
    void read_weekdayAndDatedRows_keptWithTheirDay() throws InputException {
        String text = HEADER + "Mon,M,COMM,12,,,,\n2026-12-24,M,COMM,3,,,,\n";

        var rows = reader.read("demand.csv", text, SHIFTS, SERVICES).rows();

        assertEquals(DayOfWeek.MONDAY, rows.get(0).weekday());
        assertFalse(rows.get(0).dated());
        assertEquals(LocalDate.of(2026, 12, 24), rows.get(1).date());
        assertEquals(DayOfWeek.THURSDAY, rows.get(1).weekday());
        assertEquals(3, rows.get(1).required());
    }

    @Test
    void read_emptyRequired_computedWithErlangCOverTheShift() throws InputException {
        // given 100 calls of 180 s in the half-hour shift H: 10 erlangs, 80% in 20 s
        String text = HEADER + "tue,H,TECH,,100,180,80,20\n";

        var row = reader.read("demand.csv", text, SHIFTS, SERVICES).rows().get(0);

        assertEquals(14, row.required());
        assertTrue(row.computed());
    }

    @Test
    void read_noCalls_zeroRequired() throws InputException {
        String text = HEADER + "Wed,M,TECH,,0,180,80,20\n";

        var row = reader.read("demand.csv", text, SHIFTS, SERVICES).rows().get(0);

        assertEquals(0, row.required());
    }

    @Test
    void read_onlyRequiredColumns_explicitRequiredNeedsNoErlangInputs() throws InputException {
        String text = "Date;Shift;Service;Required\nMon;M;COMM;4\n";

        var row = reader.read("demand.csv", text, SHIFTS, SERVICES).rows().get(0);

        assertEquals(4, row.required());
    }

    @Test
    void read_duplicateWeekdayRow_failsAtTheSecondRow() {
        String text = HEADER + "Mon,M,COMM,12,,,,\nMon,M,TECH,2,,,,\nmon,M,COMM,3,,,,\n";

        var error = assertThrows(InputException.class, () -> reader.read("demand.csv", text, SHIFTS, SERVICES));

        assertEquals(new SourcePosition("demand.csv", 4, 1), error.position());
    }

    @Test
    void read_datedRowBesideWeekdayRow_accepted() throws InputException {
        String text = HEADER + "Mon,M,COMM,12,,,,\n2026-12-07,M,COMM,3,,,,\n2026-12-14,M,COMM,3,,,,\n";

        var rows = reader.read("demand.csv", text, SHIFTS, SERVICES).rows();

        assertEquals(3, rows.size());
    }

    @Test
    void read_datedRowForShiftNotRunningThatDay_accepted() throws InputException {
        // given 2026-12-27 is a Sunday and M runs Mon-Sat: SPEC §2 does not make this an error
        String text = HEADER + "2026-12-27,M,COMM,3,,,,\n";

        var rows = reader.read("demand.csv", text, SHIFTS, SERVICES).rows();

        assertEquals(LocalDate.of(2026, 12, 27), rows.get(0).date());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '!',
            value = {"Mon,M,COMM,,0,,,", "Mon,M,COMM,,0,180,80,20", "Mon,M,COMM,,0.0,,80,", "Mon;M;COMM;;0;;;"})
    void read_noCallsTargetEmptyOrGiven_zeroRequired(String line) throws InputException {
        String header = line.contains(";") ? HEADER.replace(',', ';') : HEADER;

        var row = reader.read("demand.csv", header + line + "\n", SHIFTS, SERVICES)
                .rows()
                .get(0);

        assertEquals(0, row.required(), line);
        assertTrue(row.computed(), line);
    }

    @Test
    void read_noCallsWithBadTarget_failsAtTheBadCell() {
        String text = HEADER + "Mon,M,COMM,,0,,100,\n";

        var error = assertThrows(InputException.class, () -> reader.read("demand.csv", text, SHIFTS, SERVICES));

        assertEquals(new SourcePosition("demand.csv", 2, 16), error.position());
    }

    @Test
    void read_weekdayRowForShiftNotRunningThatDay_accepted() throws InputException {
        String text = HEADER + "Sun,M,COMM,3,,,,\n";

        var rows = reader.read("demand.csv", text, SHIFTS, SERVICES).rows();

        assertEquals(1, rows.size());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '!',
            value = {
                "Monday,M,COMM,1,,,,! 1",
                "2026-02-30,M,COMM,1,,,,! 1",
                ",M,COMM,1,,,,! 1",
                "Mon,X,COMM,1,,,,! 5",
                "Mon,M,SALES,1,,,,! 7",
                "Mon,M,COMM,-1,,,,! 12",
                "Mon,M,COMM,two,,,,! 12",
                "Mon,M,COMM,,,180,80,20! 13",
                "Mon,M,COMM,,1e3,180,80,20! 13",
                "Mon,M,COMM,,-5,180,80,20! 13",
                "Mon,M,COMM,,100,0,80,20! 17",
                "Mon,M,COMM,,100,180,100,20! 21",
                "Mon,M,COMM,,100,180,0,20! 21",
                "Mon,M,COMM,,100,180,80,! 24",
                "Mon,M,COMM,,100,180,80,-1! 24"
            })
    void read_badCell_failsAtThatCell(String line, int column) {
        String text = HEADER + line + "\n";

        var error = assertThrows(InputException.class, () -> reader.read("demand.csv", text, SHIFTS, SERVICES));

        assertEquals(new SourcePosition("demand.csv", 2, column), error.position(), line);
    }
}
