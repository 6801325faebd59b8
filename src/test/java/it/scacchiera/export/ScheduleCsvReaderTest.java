package it.scacchiera.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCsvReaderTest {
    private static final String HEADER =
            "date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset\n";
    private static final List<Shift> SHIFTS =
            List.of(new Shift("M", "Morning", LocalTime.of(6, 0), LocalTime.of(14, 0), Set.of()));
    private static final List<Operator> OPERATORS =
            List.of(new Operator("ana", "Ana", "t1", "", List.of("inb"), true, 5, Set.of(), Set.of(), "H-7"));
    private static final List<Floor> FLOORS = List.of(new Floor(
            "roma", "Roma", List.of(), CellSize.DEFAULT, DistanceRule.CHECKERBOARD, Floor.NO_LIMIT, List.of("#DXD#")));

    @TempDir
    Path dir;

    private final ScheduleCsvReader reader =
            new ScheduleCsvReader().withShifts(SHIFTS).withOperators(OPERATORS).withFloors(FLOORS);

    private InputException failure(String text) {
        return assertThrows(InputException.class, () -> reader.read("s.csv", text));
    }

    @Test
    void read_semicolonsBomCrlf_entries() throws Exception {
        var file = dir.resolve("s.csv");
        Files.writeString(
                file,
                "\uFEFF" + HEADER.replace(',', ';').replace("\n", "\r\n")
                        + "2026-11-23;M;06:00;14:00;ana;Ana;t1;in-house;inb;office;roma;A2;H-7\r\n"
                        + "2026-11-24;M;06:00;14:00;ana;Ana;t1;in-house;inb;remote;;;H-7\r\n",
                StandardCharsets.UTF_8);

        var entries = reader.read(file);

        assertEquals(2, entries.size());
        assertEquals(DeskId.parse("A2"), entries.get(0).desk());
        assertEquals("roma", entries.get(0).room());
        assertNull(entries.get(1).room());
        assertEquals("in-house", entries.get(1).employer());
    }

    @Test
    void read_guardedCells_guardRemovedOnlyBeforeTriggers() throws Exception {
        String text = HEADER + "2026-11-23,M,06:00,14:00,ana,'=Ana,'team,in-house,inb,office,roma,A2,\"'\tH\"\n";

        ScheduleEntry entry = reader.read("s.csv", text).get(0);

        assertEquals("=Ana", entry.operatorName());
        assertEquals("'team", entry.team());
        assertEquals("\tH", entry.headset());
    }

    @Test
    void read_onlyRequiredColumns_detailsFromOperator() throws Exception {
        String text = "shift,date,start,end,operator_id,service,location,room,desk,notes\n"
                + "M,2026-11-23,06:00,14:00,ana,inb,office,roma,A4,hello\n";

        ScheduleEntry entry = reader.read("s.csv", text).get(0);

        assertEquals("Ana", entry.operatorName());
        assertEquals("H-7", entry.headset());
        assertEquals(DeskId.parse("A4"), entry.desk());
    }

    @Test
    void read_rowsOfBareDelimitersAndBlankLines_skipped() throws Exception {
        String text = HEADER.replace("\n", "\r\n")
                + "2026-11-23,M,06:00,14:00,ana,Ana,t1,in-house,inb,office,roma,A2,H-7\r\n"
                + ",,,,,,,,,,,,\r\n\r\n , ,\r\n";

        var entries = reader.read("s.csv", text);

        assertEquals(1, entries.size());
    }

    @Test
    void read_shortRowEndingInQuotedCell_missingCellAfterTheClosingQuote() {
        String line = "2026-11-23,M,06:00,14:00,ana,Ana,t1,in-house,inb,office,\"roma\"";

        var error = failure(HEADER + line + "\n");

        assertEquals(new SourcePosition("s.csv", 2, line.length() + 1), error.position());
    }

    @Test
    void read_lineBreakInsideQuotedCell_failsAtTheLineBreak() {
        var error = failure(HEADER + "2026-11-23,M,06:00,14:00,ana,\"A\r\nnà\"\r\n");

        assertEquals(new SourcePosition("s.csv", 2, 32), error.position());
    }

    @Test
    void read_escapeInOperatorName_failsAtTheEscape() {
        var error = failure(HEADER + "2026-11-23,M,06:00,14:00,ana,A\u001B]0;x\u0007na,t1,in-house,inb,remote,,,\n");

        assertEquals(new SourcePosition("s.csv", 2, 31), error.position());
    }

    @Test
    void read_tabInQuotedCell_keptAsText() throws Exception {
        var entries =
                reader.read("s.csv", HEADER + "2026-11-23,M,06:00,14:00,ana,\"A\tna\",t1,in-house,inb,remote,,,\n");

        assertEquals("A\tna", entries.get(0).operatorName());
    }

    @Test
    void read_fileSavedAsLatin1_failsAtTheFirstBadByteNamingTheFile() throws Exception {
        Path file = dir.resolve("plan.csv");
        String before = "2026-11-23,M,06:00,14:00,ana,An";
        Files.write(
                file,
                (HEADER + before + "à,t1,in-house,inb,office,roma,A2,H-7\n").getBytes(StandardCharsets.ISO_8859_1));

        var error = assertThrows(InputException.class, () -> reader.read(file));

        assertEquals(new SourcePosition("plan.csv", 2, before.length() + 1), error.position());
    }

    @Test
    void read_deskNotADesk_acceptedForVerify() throws Exception {
        String text = HEADER + "2026-11-23,M,06:00,14:00,ana,Ana,t1,in-house,inb,office,roma,A3,\n";

        var entries = reader.read("s.csv", text);

        assertEquals(DeskId.parse("A3"), entries.get(0).desk());
    }

    @Test
    void read_unknownRoom_failsAtTheRoomCell() {
        String text = HEADER + "2026-11-23,M,06:00,14:00,ana,Ana,t1,in-house,inb,office,napoli,A2,\n";

        var error = failure(text);

        assertEquals(new SourcePosition("s.csv", 2, 57), error.position());
    }

    @Test
    void read_unknownOperator_failsAtTheIdCell() {
        String text = HEADER + "2026-11-23,M,06:00,14:00,bob,Bob,t1,in-house,inb,office,roma,A2,\n";

        var error = failure(text);

        assertEquals(new SourcePosition("s.csv", 2, 26), error.position());
    }

    @Test
    void read_unknownShift_failsAtTheShiftCell() {
        String text = HEADER + "2026-11-23,X,06:00,14:00,ana,Ana,t1,in-house,inb,office,roma,A2,\n";

        var error = failure(text);

        assertEquals(new SourcePosition("s.csv", 2, 12), error.position());
    }

    @Test
    void read_startNotTheShifts_failsAtStartExpectingShiftStart() {
        String text = HEADER + "2026-11-23,M,07:00,14:00,ana,Ana,t1,in-house,inb,office,roma,A2,\n";

        var error = failure(text);

        assertEquals(new SourcePosition("s.csv", 2, 14), error.position());
        assertEquals("06:00", error.expected());
    }

    @Test
    void read_withoutShiftsDifferentTimesForOneCode_failsAtSecondRow() {
        String text = HEADER
                + "2026-11-23,M,06:00,14:00,ana,Ana,t1,in-house,inb,office,roma,A2,\n"
                + "2026-11-24,M,06:00,15:00,ana,Ana,t1,in-house,inb,office,roma,A2,\n";

        var error = assertThrows(InputException.class, () -> new ScheduleCsvReader().read("s.csv", text));

        assertEquals(new SourcePosition("s.csv", 3, 20), error.position());
    }

    @Test
    void read_malformedDateTimeDesk_failsAtEachCell() {
        String row = "2026-11-23,M,06:00,14:00,ana,Ana,t1,in-house,inb,office,roma,A2,\n";

        var date = failure(HEADER + row.replace("2026-11-23", "2026-13-01"));
        var time = failure(HEADER + row.replace("14:00", "25:00"));
        var desk = failure(HEADER + row.replace(",A2,", ",2A,"));
        var location = failure(HEADER + row.replace("office", "home"));

        assertEquals(new SourcePosition("s.csv", 2, 1), date.position());
        assertEquals(new SourcePosition("s.csv", 2, 20), time.position());
        assertEquals(new SourcePosition("s.csv", 2, 62), desk.position());
        assertEquals(new SourcePosition("s.csv", 2, 50), location.position());
    }

    @Test
    void read_remoteWithDesk_fails() {
        String text = HEADER + "2026-11-23,M,06:00,14:00,ana,Ana,t1,in-house,inb,remote,,A2,\n";

        var error = failure(text);

        assertEquals(new SourcePosition("s.csv", 2, 58), error.position());
    }

    @Test
    void read_quotedCellWithNewline_failsAtTheNewline() {
        String text = HEADER + "2026-11-23,M,06:00,14:00,ana,\"An\na\",t1,in-house,inb,office,napoli,A2,\n";

        var error = failure(text);

        assertEquals(new SourcePosition("s.csv", 2, 33), error.position());
    }

    @Test
    void read_missingColumn_failsOnHeader() {
        String text = "date,shift,start,end,operator_id,service,location,room\n";

        var error = failure(text);

        assertEquals(new SourcePosition("s.csv", 1, 1), error.position());
        assertEquals("missing column 'desk'", error.problem());
    }

    @Test
    void read_unclosedQuote_failsAtTheQuote() {
        String text = HEADER + "2026-11-23,M,06:00,14:00,ana,\"Ana,t1\n";

        var error = failure(text);

        assertEquals(new SourcePosition("s.csv", 2, 30), error.position());
    }
}
