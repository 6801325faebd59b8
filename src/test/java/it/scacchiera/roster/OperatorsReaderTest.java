package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorsReaderTest {
    private static final String HEADER =
            "id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n";
    private static final Map<String, Shift> SHIFTS = Map.of(
            "M", new Shift("M", "Mattina", LocalTime.of(8, 0), LocalTime.of(14, 0), Set.of()),
            "P", new Shift("P", "Pomeriggio", LocalTime.of(14, 0), LocalTime.of(20, 0), Set.of()));

    private final OperatorsReader reader = new OperatorsReader();

    @Test
    void read_fullRow_everyField() throws InputException {
        String text =
                HEADER + "OP001,Mario Rossi,Blu,Contact Sud srl,COMM|TECH,yes,4,M|P,2026-12-24|2026-12-28,HS-0001\n";

        var operator = reader.read("operators.csv", text, SHIFTS).get(0);

        assertEquals(
                new Operator(
                        "OP001",
                        "Mario Rossi",
                        "Blu",
                        "Contact Sud srl",
                        List.of("COMM", "TECH"),
                        true,
                        4,
                        Set.of("M", "P"),
                        Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28)),
                        "HS-0001"),
                operator);
    }

    @Test
    void read_fileSavedAsWindows1252_failsAtTheFirstBadByteNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("operators.csv");
        Files.write(file, (HEADER + "OP1,Anna\r\nOP2,Niccolò Rossi\r\n").getBytes("windows-1252"));

        var error = assertThrows(InputException.class, () -> reader.read(file, SHIFTS));

        assertEquals(new SourcePosition("operators.csv", 3, 11), error.position());
    }

    @Test
    void read_fileWithBomAndCrlf_readsEveryRow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("operators.csv");
        Files.writeString(file, "\uFEFFid;name;remote\r\nOP1;Niccolò Bianchi;YES\r\nOP2;Anna Rossi;no\r\n");

        var operators = reader.read(file, SHIFTS);

        assertEquals(2, operators.size());
        assertEquals("Niccolò Bianchi", operators.get(0).name());
        assertTrue(operators.get(0).remote());
    }

    @Test
    void read_onlyIdAndName_defaults() throws InputException {
        String text = "ID;Name\nOP002;Anna Bianchi\n";

        var operator = reader.read("operators.csv", text, SHIFTS).get(0);

        assertEquals(Operator.IN_HOUSE, operator.employer());
        assertFalse(operator.remote());
        assertEquals(5, operator.daysPerWeek());
        assertTrue(operator.shifts().isEmpty());
        assertTrue(operator.skills().isEmpty());
    }

    @Test
    void read_duplicateId_failsAtTheSecondId() {
        String text = HEADER + "OP001,Mario,,,,,,,,\nOP001,Anna,,,,,,,,\n";

        var error = assertThrows(InputException.class, () -> reader.read("operators.csv", text, SHIFTS));

        assertEquals(new SourcePosition("operators.csv", 3, 1), error.position());
    }

    @Test
    void read_missingName_failsAtTheNameCell() {
        String text = HEADER + "OP001,  ,Blu,,,,,,,\n";

        var error = assertThrows(InputException.class, () -> reader.read("operators.csv", text, SHIFTS));

        assertEquals(new SourcePosition("operators.csv", 2, 7), error.position());
    }

    @Test
    void read_missingNameColumn_failsAtLineOne() {
        String text = "id,team\nOP001,Blu\n";

        var error = assertThrows(InputException.class, () -> reader.read("operators.csv", text, SHIFTS));

        assertEquals(new SourcePosition("operators.csv", 1, 1), error.position());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '!',
            value = {
                "OP1,Mario,,,,maybe,,,,! 14",
                "OP1,Mario,,,,yes,0,,,! 18",
                "OP1,Mario,,,,yes,8,,,! 18",
                "OP1,Mario,,,,yes,5.5,,,! 18",
                "OP1,Mario,,,,yes,5,M|N,,! 20",
                "OP1,Mario,,,,yes,5,M,2026-13-01,! 22",
                "OP1,Mario,,,,yes,5,M,24/12/2026,! 22"
            })
    void read_badCell_failsAtThatCell(String line, int column) {
        String text = HEADER + line + "\n";

        var error = assertThrows(InputException.class, () -> reader.read("operators.csv", text, SHIFTS));

        assertEquals(new SourcePosition("operators.csv", 2, column), error.position(), line);
    }

    @Test
    void read_badRowAfterGoodOnes_nothingReturned() {
        String text = HEADER + "OP1,Mario,,,,,,,,\nOP2,Anna,,,,,9,,,\n";

        var error = assertThrows(InputException.class, () -> reader.read("operators.csv", text, SHIFTS));

        assertEquals(3, error.position().line());
    }
}
