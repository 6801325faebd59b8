package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static final List<String> COLUMNS = List.of("id", "name");

    @Test
    void parse_quotedDelimiterBeforeCell_columnCountsTheRawText() throws InputException {
        String text = "id,name,team\nOP1,\"Rossi, Mario\",Blu\n";

        var row = CsvTable.parse("ops.csv", text, COLUMNS).rows().get(0);

        assertEquals("Rossi, Mario", row.get("name"));
        assertEquals(new SourcePosition("ops.csv", 2, 20), row.at("team"));
    }

    @Test
    void parse_doubledQuotes_stayInsideTheCell() throws InputException {
        String text = "id,name,team\nOP1,\"Mario \"\"Super\"\", Rossi\",Blu\n";

        var row = CsvTable.parse("ops.csv", text, COLUMNS).rows().get(0);

        assertEquals("Mario \"Super\", Rossi", row.get("name"));
        assertEquals(new SourcePosition("ops.csv", 2, 30), row.at("team"));
    }

    @Test
    void parse_lineBreakInsideQuotedCell_failsAtTheLineBreak() {
        String text = "id,name,team\nOP1,\"Mario\nRossi\",Blu\nOP2,Anna,Rossa\n";

        var error = assertThrows(InputException.class, () -> CsvTable.parse("ops.csv", text, COLUMNS));

        assertEquals(new SourcePosition("ops.csv", 2, 11), error.position());
    }

    @Test
    void parse_escapeInACell_failsAtTheEscapeNotEchoingIt() {
        String text = "id,name,team\nOP1,Ma\u001B[31mrio,Blu\n";

        var error = assertThrows(InputException.class, () -> CsvTable.parse("ops.csv", text, COLUMNS));

        assertEquals(new SourcePosition("ops.csv", 2, 7), error.position());
        assertFalse(error.getMessage().contains("\u001B"), error.getMessage());
    }

    @Test
    void parse_tabInsideQuotedCell_keptAsText() throws InputException {
        String text = "id,name,team\nOP1,\"Ma\trio\",Blu\n";

        var rows = CsvTable.parse("ops.csv", text, COLUMNS).rows();

        assertEquals("Ma\trio", rows.get(0).get("name"));
    }

    @Test
    void parse_tabInUnquotedCell_failsAtTheTab() {
        String text = "id;name;team\r\nOP1;Ma\trio;Blu\r\n";

        var error = assertThrows(InputException.class, () -> CsvTable.parse("ops.csv", text, COLUMNS));

        assertEquals(new SourcePosition("ops.csv", 2, 7), error.position());
    }

    @Test
    void parse_accentsAndAstralCharacters_columnsCountCodePoints() throws InputException {
        String text = "id,name,team\nè\uD83D\uDE00,x,Blu\n";

        var row = CsvTable.parse("ops.csv", text, COLUMNS).rows().get(0);

        assertEquals(new SourcePosition("ops.csv", 2, 4), row.at("name"));
    }

    @Test
    void parse_missingTrailingCells_emptyAtTheRecordsEnd() throws InputException {
        String text = "id,name,team\r\nOP1,Mario\r\n";

        var row = CsvTable.parse("ops.csv", text, COLUMNS).rows().get(0);

        assertEquals("", row.get("team"));
        assertEquals(new SourcePosition("ops.csv", 2, 10), row.at("team"));
    }

    @Test
    void parse_blankAndDelimiterOnlyLines_skipped() throws InputException {
        String text = "id;name\n\n;\n   \nOP1;Mario\n";

        var rows = CsvTable.parse("ops.csv", text, COLUMNS).rows();

        assertEquals(1, rows.size());
        assertEquals(new SourcePosition("ops.csv", 5, 5), rows.get(0).at("name"));
    }

    @Test
    void parse_headerWithMoreSemicolonsThanCommas_semicolonDelimiter() throws InputException {
        String text = "\"id,x\";id;NAME\nA;B;C,D\n";

        var row = CsvTable.parse("ops.csv", text, COLUMNS).rows().get(0);

        assertEquals("B", row.get("id"));
        assertEquals("C,D", row.get("name"));
    }

    @Test
    void parse_unclosedQuote_failsAtItsLine() {
        String text = "id,name\nOP1,Mario\nOP2,\"Anna\nOP3,Luca\n";

        var error = assertThrows(InputException.class, () -> CsvTable.parse("ops.csv", text, COLUMNS));

        assertEquals(new SourcePosition("ops.csv", 3, 5), error.position());
    }

    @Test
    void parse_textAfterClosingQuote_failsAtThatText() {
        String text = "id,name\nOP1,Mario\nOP2,\"Anna\"x,3\nOP3,Luca\n";

        var error = assertThrows(InputException.class, () -> CsvTable.parse("ops.csv", text, COLUMNS));

        assertEquals(new SourcePosition("ops.csv", 3, 11), error.position());
    }

    @Test
    void parse_textAfterQuotedMultiLineCell_failsAtThatTextsLine() {
        String text = "id;name\nOP1;\"Ma\"\"rio\nRossi\" x;3\n";

        var error = assertThrows(InputException.class, () -> CsvTable.parse("ops.csv", text, COLUMNS));

        assertEquals(new SourcePosition("ops.csv", 3, 8), error.position());
    }

    @Test
    void parse_quoteInsideUnquotedCell_readAsText() throws InputException {
        String text = "id,name\nOP1,Ma\"rio\n";

        var row = CsvTable.parse("ops.csv", text, COLUMNS).rows().get(0);

        assertEquals("Ma\"rio", row.get("name"));
    }

    @Test
    void parse_emptyFile_failsAtLineOne() {
        var error = assertThrows(InputException.class, () -> CsvTable.parse("ops.csv", "", COLUMNS));

        assertEquals(new SourcePosition("ops.csv", 1, 1), error.position());
    }
}
