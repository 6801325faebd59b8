package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report and contacts as the jar runs them, on the sample site of {@code floorplans/}. */
class ReportAndContactsCommandTest {
    private static final Path SITE = Path.of("floorplans");
    private static final String SCHEDULE = """
            date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset
            2026-12-07,M,08:00,14:00,OP148,Beatrice Rizzo,Rosso,Voce Nord spa,COMM,office,sala-roma,C4,HS-0148
            2026-12-07,M,08:00,14:00,OP166,Federica Caruso,Verde,Contact Sud srl,COMM,office,sala-roma,C7,HS-0166
            2026-12-07,M,08:00,14:00,OP026,Lorenzo Caruso,Verde,in-house,COMM,office,sala-roma,D3,HS-0026
            2026-12-07,P,14:00,20:00,OP001,Martina Colombo,Verde,Voce Nord spa,COMM,office,sala-roma,C4,HS-0001
            2026-12-07,M,08:00,14:00,OP063,Camilla Gallo,Rosso,in-house,COMM,remote,,,HS-0063
            """;

    @TempDir
    Path dir;

    private Path schedule() throws Exception {
        Path file = dir.resolve("plan.csv");
        Files.writeString(file, SCHEDULE);
        return file;
    }

    @Test
    void report_sampleSite_rowPerServiceAndTotals() throws Exception {
        var cli = new CliHarness();

        int exit = cli.run(
                CliHarness.siteArgs("report", SITE, "--schedule", schedule().toString()));

        assertEquals(0, exit, cli.err.toString());
        List<String> lines = cli.out.toString().lines().toList();
        assertEquals(
                "date,shift,service,required,office,remote,short,calls,aht,sl_percent,sl_seconds,"
                        + "planned_sl_percent,planned_asa_seconds",
                lines.get(0));
        // 3795 calls × 240 s over 6 h = 42.2 erlangs: 4 operators reach nothing
        assertTrue(lines.contains("2026-12-07,M,COMM,48,3,1,44,3795,240,80,20,0.0,"), cli.out.toString());
        assertTrue(cli.lastLine().matches("required=\\d+ planned=5 short=\\d+"), cli.lastLine());
    }

    /** {@code contacts} of one operator on the sample site's schedule, from Monday 7 December to {@code to}. */
    private int contacts(CliHarness cli, String operator, String to, String... more) throws Exception {
        var args = new ArrayList<>(List.of(
                "contacts",
                "--floors",
                SITE.toString(),
                "--schedule",
                schedule().toString(),
                "--operator",
                operator,
                "--from",
                "2026-12-07",
                "--to",
                to));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void contacts_operatorInTheSchedule_roomAndDeskContacts() throws Exception {
        var cli = new CliHarness();

        int exit = contacts(cli, "OP148", "2026-12-13");

        assertEquals(0, exit, cli.err.toString());
        assertEquals("""
                date,shift,room,desk,contact_id,contact_name,contact_shift,contact_desk,distance_m,overlap_minutes,reason
                2026-12-07,M,sala-roma,C4,OP001,Martina Colombo,P,C4,0.00,0,same desk
                2026-12-07,M,sala-roma,C4,OP026,Lorenzo Caruso,M,D3,1.92,360,same room
                2026-12-07,M,sala-roma,C4,OP166,Federica Caruso,M,C7,3.60,360,same room
                contacts=3 rows=3
                """, cli.out.toString().replace("\r\n", "\n"));
    }

    @Test
    void contacts_unknownOperator_exitTwo() throws Exception {
        var cli = new CliHarness();

        int exit = contacts(cli, "NOBODY", "2026-12-07");

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("unknown operator NOBODY"), cli.err.toString());
    }

    @Test
    void contacts_outPdf_writesTheListAsAPdfWithNamesAndReasons() throws Exception {
        var cli = new CliHarness();
        Path pdf = dir.resolve("contacts.pdf");

        int exit = contacts(cli, "OP148", "2026-12-13", "--out", pdf.toString());

        assertEquals(0, exit, cli.err.toString());
        assertEquals("contacts=3 rows=3", cli.lastLine());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Contact list — OP148 (Beatrice Rizzo)"), text);
        assertTrue(text.contains("Martina Colombo") && text.contains("same desk"), text);
        assertTrue(text.contains("Federica Caruso") && text.contains("same room"), text);
    }

    @Test
    void contacts_outPdf_namesTheRoomAsItsFloorDoes() throws Exception {
        var cli = new CliHarness();
        Path pdf = dir.resolve("contacts.pdf");

        int exit = contacts(cli, "OP148", "2026-12-13", "--out", pdf.toString());

        assertEquals(0, exit, cli.err.toString());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Sala Roma"), text);
        assertFalse(text.contains("sala-roma"), text);
    }
}
