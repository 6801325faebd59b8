package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShiftsReaderTest {
    private final ShiftsReader reader = new ShiftsReader();

    @Test
    void read_commaFile_shiftsInFileOrder() throws InputException {
        String text = "code,name,start,end,days\nM,Mattina,08:00,14:00,Mon-Sat\nN,Notte,22:00,06:00,\n";

        var shifts = reader.read("shifts.csv", text);

        assertEquals(2, shifts.size());
        var morning = shifts.get(0);
        assertEquals("M", morning.code());
        assertEquals(LocalTime.of(8, 0), morning.start());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), morning.days());
        assertTrue(shifts.get(1).overnight());
        assertEquals(EnumSet.allOf(DayOfWeek.class), shifts.get(1).days());
    }

    @Test
    void read_semicolonBomCrlfAndShuffledHeader_sameShifts() throws InputException {
        String text = "\uFEFFDays;END;Start;Code;note\r\nMon|Wed|Sat;20:00;14:00;P;x\r\n";

        var shifts = reader.read("shifts.csv", text);

        var afternoon = shifts.get(0);
        assertEquals("P", afternoon.code());
        assertEquals("P", afternoon.name());
        assertEquals(LocalTime.of(20, 0), afternoon.end());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), afternoon.days());
    }

    @Test
    void read_rangesAndDaysMixedAnyCase_union() throws InputException {
        String text = "code,start,end,days\nM,08:00,14:00,mon-WED | sat\n";

        var shifts = reader.read("shifts.csv", text);

        assertEquals(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY),
                shifts.get(0).days());
    }

    @Test
    void read_file_readsUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shifts.csv");
        Files.writeString(file, "code,name,start,end\nG,Giornata è lunga,09:00,18:00\n", StandardCharsets.UTF_8);

        var shifts = reader.read(file);

        assertEquals("Giornata è lunga", shifts.get(0).name());
    }

    @Test
    void read_missingEndColumn_failsAtLineOne() {
        String text = "code,name,start\nM,Mattina,08:00\n";

        var error = assertThrows(InputException.class, () -> reader.read("shifts.csv", text));

        assertEquals(new SourcePosition("shifts.csv", 1, 1), error.position());
    }

    @Test
    void read_badTime_failsAtTheCell() {
        String text = "code,name,start,end\nM,Mattina,08:00,14:00\nP,Pomeriggio,14:00,25:00\n";

        var error = assertThrows(InputException.class, () -> reader.read("shifts.csv", text));

        assertEquals(new SourcePosition("shifts.csv", 3, 20), error.position());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8:00", "24:00", "08:60", "08:00:00", "08.00", "0800", " 8:00"})
    void read_timeNotHhMm_failsAtTheCell(String start) {
        String text = "code,start,end\nM,\"" + start + "\",14:00\n";

        var error = assertThrows(InputException.class, () -> reader.read("shifts.csv", text));

        assertEquals(new SourcePosition("shifts.csv", 2, 3), error.position(), start);
    }

    @Test
    void read_midnightEndAndFullDay_overnight() throws InputException {
        String text = "code,start,end\nE,22:00,00:00\nF,00:00,00:00\n";

        var shifts = reader.read("shifts.csv", text);

        assertEquals(120, shifts.get(0).minutes());
        assertTrue(shifts.get(0).overnight());
        assertEquals(24 * 60, shifts.get(1).minutes());
        assertTrue(shifts.get(1).overnight());
    }

    @Test
    void read_duplicateCode_failsAtTheSecond() {
        String text = "code;start;end\nM;08:00;14:00\n\nM;14:00;20:00\n";

        var error = assertThrows(InputException.class, () -> reader.read("shifts.csv", text));

        assertEquals(new SourcePosition("shifts.csv", 4, 1), error.position());
    }

    @Test
    void read_emptyStart_failsAtTheEmptyCell() {
        String text = "code,start,end\nM,,14:00\n";

        var error = assertThrows(InputException.class, () -> reader.read("shifts.csv", text));

        assertEquals(new SourcePosition("shifts.csv", 2, 3), error.position());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mon-", "Fri-Mon", "Lun-Ven", "Mon,Tue", "Mon||Tue", "Mon-Wed-Fri", "Monday"})
    void read_badDays_failsAtTheDaysCell(String days) {
        String text = "code,start,end,days\nM,08:00,14:00,\"" + days + "\"\n";

        var error = assertThrows(InputException.class, () -> reader.read("shifts.csv", text));

        assertEquals(new SourcePosition("shifts.csv", 2, 15), error.position(), days);
    }
}
