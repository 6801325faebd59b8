package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --out F.pdf} writes the client's PDF; any other name stays the CSV of SPEC §4. */
class ReportPdfCommandTest {
    private static final Path SITE = Path.of("floorplans");
    private static final String SCHEDULE = """
            date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset
            2026-12-07,M,08:00,14:00,OP148,Beatrice Rizzo,Rosso,Voce Nord spa,COMM,office,sala-roma,C4,HS-0148
            2026-12-07,M,08:00,14:00,OP166,Federica Caruso,Verde,Contact Sud srl,COMM,office,sala-roma,C7,HS-0166
            2026-12-07,M,08:00,14:00,OP063,Camilla Gallo,Rosso,in-house,COMM,remote,,,HS-0063
            """;

    @TempDir
    Path dir;

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private Path schedule() throws Exception {
        Path file = dir.resolve("plan.csv");
        Files.writeString(file, SCHEDULE);
        return file;
    }

    @Test
    void report_outPdf_writesThePdfWithTheCsvsRowsAndTotals() throws Exception {
        Path pdf = dir.resolve("client.PDF");
        Path csv = dir.resolve("client.csv");
        var toPdf = new CliHarness();
        var toCsv = new CliHarness();

        int pdfExit = toPdf.run(
                CliHarness.siteArgs("report", SITE, "--schedule", schedule().toString(), "--out", pdf.toString()));
        int csvExit = toCsv.run(
                CliHarness.siteArgs("report", SITE, "--schedule", schedule().toString(), "--out", csv.toString()));

        assertEquals(0, pdfExit, toPdf.err.toString());
        assertEquals(0, csvExit, toCsv.err.toString());
        assertEquals(toCsv.lastLine(), toPdf.lastLine(), "the same totals line");
        assertTrue(Files.readString(csv).startsWith("date,shift,service,required,office,remote,short,"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        // 3795 calls × 240 s over 6 h = 42.2 erlangs: 3 operators reach nothing
        assertTrue(text.contains("Mon 7 Dec 2026 M COMM 48 2 1 45 3795 240 80% in 20 s 0.0"), text);
        var totals = toCsv.lastLine().split("[= ]");
        assertTrue(
                text.contains("Total: required " + totals[1] + ", planned " + totals[3] + ", short " + totals[5]),
                text);
        assertTrue(text.contains("Sala Roma"), "the rooms' capacity:\n" + text);
        assertFalse(text.contains("Beatrice"), "no operator named");
        assertFalse(Files.readString(csv).contains("%PDF"));
    }
}
