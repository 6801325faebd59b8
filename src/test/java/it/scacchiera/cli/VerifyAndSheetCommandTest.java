package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyAndSheetCommandTest {
    private static final String HEADER =
            "date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset\n";

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @BeforeEach
    void writeSite() throws IOException {
        Files.writeString(dir.resolve("roma.floor"), "name: Roma\ngrid:\n#####\n#DDD#\n#####\n");
        Files.writeString(dir.resolve("shifts.csv"), "code,name,start,end,days\nM,Mattina,08:00,14:00,Mon\n");
        Files.writeString(
                dir.resolve("operators.csv"),
                "id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n"
                        + "A,Anna Rossi,Blu,,COMM,no,1,,,HS-1\n"
                        + "B,Bruno Verdi,Blu,,COMM,yes,1,,,HS-2\n");
        Files.writeString(dir.resolve("demand.csv"), "date,shift,service,required\nMon,M,COMM,2\n");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String[] verifyArgs(Path schedule) {
        return CliHarness.siteArgs("verify", dir, "--schedule", schedule.toString())
                .toArray(String[]::new);
    }

    @Test
    void verify_validSchedule_exits0WithZeroHard() throws IOException {
        Path schedule = Files.writeString(
                dir.resolve("plan.csv"),
                HEADER + "2026-12-14,M,08:00,14:00,A,Anna Rossi,Blu,in-house,COMM,office,roma,B2,HS-1\n"
                        + "2026-12-14,M,08:00,14:00,B,Bruno Verdi,Blu,in-house,COMM,remote,,,HS-2\n");

        int exit = run(verifyArgs(schedule));

        assertEquals(0, exit, cli.err.toString());
        String[] lines = cli.out.toString().split("\\R");
        assertEquals("hard=0 medium=0", lines[lines.length - 1]);
    }

    @Test
    void verify_neighboursAtOnce_exits1AndNamesThem() throws IOException {
        Path schedule = Files.writeString(
                dir.resolve("plan.csv"),
                HEADER + "2026-12-14,M,08:00,14:00,A,Anna Rossi,Blu,in-house,COMM,office,roma,B2,HS-1\n"
                        + "2026-12-14,M,08:00,14:00,B,Bruno Verdi,Blu,in-house,COMM,office,roma,B3,HS-2\n");

        int exit = run(verifyArgs(schedule));

        assertEquals(1, exit);
        assertTrue(cli.out.toString().contains("B2") && cli.out.toString().contains("B3"), cli.out.toString());
        assertTrue(cli.out.toString().strip().endsWith("hard=1 medium=0"), cli.out.toString());
    }

    @Test
    void verify_unknownOperator_exits2WithPosition() throws IOException {
        Path schedule = Files.writeString(
                dir.resolve("plan.csv"), HEADER + "2026-12-14,M,08:00,14:00,Z,Zeno,Blu,in-house,COMM,remote,,,\n");

        int exit = run(verifyArgs(schedule));

        assertEquals(2, exit);
        assertTrue(cli.err.toString().startsWith("plan.csv:2:"), cli.err.toString());
    }

    @Test
    void sheet_oneDay_writesAPdfWithTheOperators() throws IOException {
        Path schedule = Files.writeString(
                dir.resolve("plan.csv"),
                HEADER + "2026-12-14,M,08:00,14:00,A,Anna Rossi,Blu,in-house,COMM,office,roma,B2,HS-1\n");
        Path pdf = dir.resolve("sheet.pdf");

        int exit = run(
                "sheet",
                "--schedule",
                schedule.toString(),
                "--floors",
                dir.toString(),
                "--date",
                "2026-12-14",
                "--out",
                pdf.toString());

        assertEquals(0, exit, cli.err.toString());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Anna Rossi") && text.contains("HS-1"), text);
        }
    }
}
