package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.persistence.Database;
import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.site.SiteIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code plans} verb through the command line, on a real H2 file and real site folders. */
class PlansCommandTest {
    static final String HEADER =
            "date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset\r\n";

    @TempDir
    Path dir;

    final CliHarness cli = new CliHarness();

    String db() {
        return "jdbc:h2:file:" + dir.resolve("db").resolve("plans");
    }

    /** A one-room site in {@code folder}, with a morning shift and two operators. */
    static Path site(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("sala.floor"), "name: Sala\ngrid:\n######\n#DDDD#\n#DDDD#\n######\n");
        Files.writeString(folder.resolve("shifts.csv"), "code,name,start,end,days\nM,Mattina,08:00,14:00,Mon-Fri\n");
        Files.writeString(
                folder.resolve("operators.csv"),
                "id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n"
                        + "OP1,Anna Bianchi,Blu,in-house,COMM,no,5,M,,HS-1\n"
                        + "OP2,Bruno Conti,Blu,in-house,COMM,no,5,M,,HS-2\n");
        Files.writeString(
                folder.resolve("demand.csv"),
                "date,shift,service,required,calls,aht,sl_percent,sl_seconds\nMon,M,COMM,2,,,,\n");
        return folder;
    }

    /** A schedule in the writer's own order and format (RFC 4180 line ends), so an export gives back the same text. */
    Path schedule(String name, String... dates) throws IOException {
        var text = new StringBuilder(HEADER);
        for (String date : dates) {
            text.append(date).append(",M,08:00,14:00,OP1,Anna Bianchi,Blu,in-house,COMM,office,sala,B2,HS-1\r\n");
            text.append(date).append(",M,08:00,14:00,OP2,Bruno Conti,Blu,in-house,COMM,office,sala,B4,HS-2\r\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    int plans(String... args) {
        var all = new java.util.ArrayList<>(List.of("plans", "--db", db()));
        all.addAll(List.of(args));
        return cli.run(all);
    }

    int importWeek(Path site, String label, String... dates) throws IOException {
        return plans(
                "import",
                "--site",
                site.toString(),
                "--schedule",
                schedule(label + ".csv", dates).toString(),
                "--label",
                label);
    }

    @Test
    void import_scheduleOfASite_listedAsDraftOfThatSiteAtVersion1() throws IOException {
        Path site = site(dir.resolve("roma"));

        int code = importWeek(site, "week 48", "2026-11-23", "2026-11-24");

        assertEquals(0, code, cli.err.toString());
        String id = Files.readString(site.resolve(SiteIdentity.FILE)).strip();
        assertEquals(0, plans("list"), cli.err.toString());
        assertTrue(
                cli.out.toString().contains("1\t1\tDRAFT\t2026-11-23\t1\troma\t" + id + "\tweek 48\t"),
                cli.out.toString());
        assertEquals("plans=1", cli.lastLine());
    }

    @Test
    void export_importedPlan_writesTheSameSchedule() throws IOException {
        importWeek(site(dir.resolve("roma")), "week 48", "2026-11-23", "2026-11-25");
        Path out = dir.resolve("out").resolve("week48.csv");

        int code = plans("export", "1", "--out", out.toString());

        assertEquals(0, code, cli.err.toString());
        assertEquals(Files.readString(dir.resolve("week 48.csv")), Files.readString(out));
    }

    @Test
    void publish_versionSeen_publishesAndBumpsTheVersion() throws IOException {
        importWeek(site(dir.resolve("roma")), "week 48", "2026-11-23");

        int code = plans("publish", "1", "--version", "1");

        assertEquals(0, code, cli.err.toString());
        assertEquals("published plan 1 version 2", cli.lastLine());
    }

    @Test
    void publishAndDelete_staleVersion_exit3AndPlanUnchanged() throws IOException {
        importWeek(site(dir.resolve("roma")), "week 48", "2026-11-23");
        plans("publish", "1", "--version", "1");

        int published = plans("publish", "1", "--version", "1");
        int deleted = plans("delete", "1", "--version", "1");

        assertEquals(3, published);
        assertEquals(3, deleted);
        assertTrue(cli.err.toString().contains("was changed by someone else"), cli.err.toString());
        plans("list");
        assertTrue(cli.out.toString().contains("1\t2\tPUBLISHED\t"), cli.out.toString());
    }

    @Test
    void publish_twoWeeksFromTheMondayOfAPublishedWeek_archivesTheWeek() throws IOException {
        Path site = site(dir.resolve("roma"));
        importWeek(site, "one week", "2026-11-23");
        importWeek(site, "two weeks", "2026-11-23", "2026-12-01");
        plans("publish", "1", "--version", "1");

        int code = plans("publish", "2", "--version", "1");

        assertEquals(0, code, cli.err.toString());
        assertTrue(
                cli.out.toString().contains("archived plan 1 \"one week\" (1 week(s) from 2026-11-23)"),
                cli.out.toString());
    }

    @Test
    void delete_versionSeen_deletes_andUnknownPlanIsBadInput() throws IOException {
        importWeek(site(dir.resolve("roma")), "week 48", "2026-11-23");

        int deleted = plans("delete", "1", "--version", "1");
        int again = plans("delete", "1", "--version", "1");

        assertEquals(0, deleted, cli.err.toString());
        assertEquals(2, again);
        assertTrue(cli.err.toString().contains("no plan 1"), cli.err.toString());
    }

    @Test
    void import_twoSitesInFoldersBothNamedSite_twoPlanLists() throws IOException {
        Path first = site(dir.resolve("a").resolve("site"));
        Path second = site(dir.resolve("b").resolve("site"));
        importWeek(first, "first", "2026-11-23");
        importWeek(second, "second", "2026-11-23");

        int code = plans("publish", "2", "--version", "1") + plans("publish", "1", "--version", "1");

        assertEquals(0, code, cli.err.toString());
        assertNotEquals(
                Files.readString(first.resolve(SiteIdentity.FILE)),
                Files.readString(second.resolve(SiteIdentity.FILE)));
        plans("list");
        assertTrue(cli.out.toString().contains("\t2\tPUBLISHED\t"), cli.out.toString());
        assertTrue(!cli.out.toString().contains("ARCHIVED"), cli.out.toString());
    }

    @Test
    void plans_badUrlOrMissingSubVerb_badInput() {
        int badUrl = cli.run("plans", "--db", "jdbc:mysql://localhost/app", "list");
        int noVerb = cli.run("plans", "--db", db());

        assertEquals(2, badUrl);
        assertEquals(2, noVerb);
        assertTrue(cli.err.toString().contains("not a PostgreSQL or H2 JDBC URL"), cli.err.toString());
    }

    @Test
    void import_badScheduleRow_badInputNamingTheRowAndNothingStored() throws IOException {
        Path site = site(dir.resolve("roma"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, HEADER + "2026-11-23,M,08:00,14:00,OP9,Nobody,Blu,in-house,COMM,office,sala,B2,\n");

        int code = plans("import", "--site", site.toString(), "--schedule", bad.toString(), "--label", "bad");

        assertEquals(2, code);
        assertTrue(cli.err.toString().contains("bad.csv:2:"), cli.err.toString());
        plans("list");
        assertEquals("plans=0", cli.lastLine());
    }

    /** Another app holds the H2 file: a second app (another JVM, as another planner would start it) is refused. */
    @Test
    void plans_h2FileHeldByAnotherApp_refusedUpFrontAndNoTraceFile() throws Exception {
        importWeek(site(dir.resolve("roma")), "week 48", "2026-11-23");
        Process second;
        try (var held = Database.open(new DatabaseChoice(db(), "sa", ""))) {
            second = launch("plans", "--db", db(), "list");
            assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second app did not finish");
        }
        Process afterwards = launch("plans", "--db", db(), "list");
        assertTrue(afterwards.waitFor(120, TimeUnit.SECONDS), "the app did not finish");

        String refusal = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, second.exitValue(), refusal);
        assertTrue(refusal.contains("is open in another Scacchiera"), refusal);
        assertTrue(refusal.contains(dir.resolve("db").resolve("plans.mv.db").toString()), refusal);
        assertEquals(
                0,
                afterwards.exitValue(),
                new String(afterwards.getErrorStream().readAllBytes()));
        try (var files = Files.list(dir.resolve("db"))) {
            assertEquals(
                    List.of("plans.mv.db"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
    }

    /** The jar's entry point in a JVM of its own, on this test's class path. */
    private static Process launch(String... args) throws IOException {
        var command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "it.scacchiera.Launcher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
