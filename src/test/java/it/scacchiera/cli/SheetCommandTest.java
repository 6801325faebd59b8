package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sheet's language and selection options, through the CLI. */
class SheetCommandTest {
    private static final String SCHEDULE = """
            date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset
            2026-12-07,M,08:00,14:00,OP148,Łukasz Rizzo,Rosso,in-house,COMM,office,sala-roma,C4,HS-0148
            2026-12-07,P,14:00,20:00,OP001,Ștefan Colombo,Verde,in-house,COMM,office,sala-roma,C4,HS-0001
            """;

    @TempDir
    Path dir;

    private int sheet(CliHarness cli, Path pdf, String... more) throws Exception {
        Path schedule = Files.writeString(dir.resolve("plan.csv"), SCHEDULE);
        var args = new java.util.ArrayList<>(java.util.List.of(
                "sheet",
                "--schedule",
                schedule.toString(),
                "--floors",
                "floorplans",
                "--date",
                "2026-12-07",
                "--out",
                pdf.toString()));
        args.addAll(java.util.List.of(more));
        return cli.run(args);
    }

    private static String text(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void sheet_langItRoomAndShift_italianPageOfThatShift() throws Exception {
        var cli = new CliHarness();
        Path pdf = dir.resolve("it.pdf");

        int exit = sheet(cli, pdf, "--lang", "it", "--room", "sala-roma", "--shift", "M");

        assertEquals(0, exit, cli.err.toString());
        String text = text(pdf);
        assertTrue(text.contains("Sala Roma — turno M 08:00–14:00 — lunedì 7 dicembre 2026"), text);
        assertTrue(text.contains("Łukasz Rizzo"), text);
        assertFalse(text.contains("Ștefan Colombo"), text);
    }

    @Test
    void sheet_unknownLanguage_exitTwo() throws Exception {
        var cli = new CliHarness();

        int exit = sheet(cli, dir.resolve("x.pdf"), "--lang", "de");

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("--lang"), cli.err.toString());
    }
}
