package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is exit 2 with a message that says where, never a crash (SPEC §5). */
class BadInputCommandTest {
    private static final String SATURDAY_P = DstSite.row("2026-11-28", "P", "14:00", "22:00");

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @BeforeEach
    void writeSite() throws IOException {
        DstSite.write(dir);
    }

    private int verify(String rows, String... options) throws IOException {
        Path schedule = Files.writeString(dir.resolve("plan.csv"), DstSite.HEADER + rows);
        var args = CliHarness.siteArgs("verify", dir, "--schedule", schedule.toString());
        args.addAll(List.of(options));
        return cli.run(args);
    }

    private int solve(String... options) {
        var args = CliHarness.siteArgs(
                "solve",
                dir,
                "--time-limit",
                "1s",
                "--out",
                dir.resolve("out.csv").toString());
        args.addAll(List.of(options));
        return cli.run(args);
    }

    @Test
    void verify_oneMistypedYear_exits2NamingTheRow() throws IOException {
        String rows = SATURDAY_P
                + DstSite.row("2026-11-29", "L", "09:00", "17:00")
                + DstSite.row("9999-12-27", "L", "09:00", "17:00");

        int exit = verify(rows);

        assertEquals(2, exit, cli.out + "" + cli.err);
        assertTrue(cli.err.toString().startsWith("plan.csv:4:1: date 9999-12-27"), cli.err.toString());
    }

    @Test
    void verify_mistypedYearBeforeTheOthers_namesThatRow() throws IOException {
        String rows = SATURDAY_P + DstSite.row("0026-11-29", "L", "09:00", "17:00") + SATURDAY_P;

        int exit = verify(rows);

        assertEquals(2, exit);
        assertTrue(cli.err.toString().startsWith("plan.csv:3:1: date 0026-11-29"), cli.err.toString());
    }

    @Test
    void verify_fromGivenAndADateYearsLater_exits2NamingTheRow() throws IOException {
        int exit = verify(SATURDAY_P + DstSite.row("2099-11-29", "L", "09:00", "17:00"), "--from", "2026-11-23");

        assertEquals(2, exit);
        assertTrue(cli.err.toString().startsWith("plan.csv:3:1:"), cli.err.toString());
    }

    @Test
    void verify_fromAndWeeksGivenWithAFarDate_checksTheWeeksAsked() throws IOException {
        int exit = verify(
                SATURDAY_P + DstSite.row("9999-12-26", "P", "14:00", "22:00"), "--from", "2026-11-23", "--weeks", "1");

        assertEquals(1, exit, cli.err.toString()); // A works one day of two in the week: rule 7
        assertTrue(cli.lastLine().startsWith("hard="), cli.out.toString());
    }

    @Test
    void verify_exactly53Weeks_accepted() throws IOException {
        int exit = verify(SATURDAY_P + DstSite.row("2027-11-27", "P", "14:00", "22:00"));

        assertTrue(cli.lastLine().startsWith("hard="), cli.out + "" + cli.err);
        assertEquals(1, exit); // two days short in most of the 53 weeks
    }

    @Test
    void verify_54Weeks_exits2() throws IOException {
        int exit = verify(SATURDAY_P + DstSite.row("2027-12-04", "P", "14:00", "22:00"));

        assertEquals(2, exit, cli.out.toString());
        assertTrue(cli.err.toString().startsWith("plan.csv:3:1:"), cli.err.toString());
    }

    @Test
    void verify_weeksOutOfRange_exits2NamingTheOption() throws IOException {
        for (String weeks : List.of("0", "54", "2147483647", "-1")) {
            var harness = new CliHarness();
            Path schedule = Files.writeString(dir.resolve("plan.csv"), DstSite.HEADER + SATURDAY_P);
            var args = CliHarness.siteArgs(
                    "verify", dir, "--schedule", schedule.toString(), "--from", "2026-11-23", "--weeks", weeks);

            int exit = harness.run(args);

            assertEquals(2, exit, weeks);
            assertTrue(harness.err.toString().contains("--weeks"), weeks + ": " + harness.err);
        }
    }

    @Test
    void solve_weeksMaxInt_exits2BeforeReadingAnything() {
        int exit = solve("--from", "2026-11-23", "--weeks", "2147483647");

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("--weeks 2147483647"), cli.err.toString());
        assertEquals("", cli.out.toString());
        assertFalse(Files.exists(dir.resolve("out.csv")));
    }

    @Test
    void solve_fromATuesday_exits2NamingTheOption() {
        int exit = solve("--from", "2026-11-24");

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("--from 2026-11-24 is a tuesday"), cli.err.toString());
    }

    @Test
    void verify_escapeInAnOperatorsName_exits2AtItsPlaceWithoutEchoingIt() throws IOException {
        Files.writeString(
                dir.resolve("operators.csv"),
                "id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n"
                        + "A,An\u001B[2Jna,Blu,,COMM,no,2,,,HS-1\n");

        int exit = verify(SATURDAY_P);

        assertEquals(2, exit);
        assertTrue(cli.err.toString().startsWith("operators.csv:2:5: control character U+001B"), cli.err.toString());
        assertFalse(cli.err.toString().contains("\u001B"));
    }

    @Test
    void verify_bellInTheSchedule_exits2AtItsPlace() throws IOException {
        int exit = verify(SATURDAY_P.replace("HS-1", "HS\u00071"));

        assertEquals(2, exit);
        assertTrue(cli.err.toString().startsWith("plan.csv:2:"), cli.err.toString());
        assertTrue(cli.err.toString().contains("U+0007"), cli.err.toString());
    }

    @Test
    void verify_tabInAQuotedShiftName_accepted() throws IOException {
        Files.writeString(
                dir.resolve("shifts.csv"),
                "code,name,start,end,days\nP,\"Pome\triggio\",14:00,22:00,Sat\nL,Lunga,09:00,17:00,Sun\n"
                        + "B,Buongiorno,08:00,16:00,Sun\n");

        int exit = verify(SATURDAY_P + DstSite.row("2026-11-29", "L", "09:00", "17:00"));

        assertEquals(0, exit, cli.out + "" + cli.err);
    }

    @Test
    void verify_danglingLinkInFloors_exits2NamingIt() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("ghost.floor"), dir.resolve("nowhere.floor"));

        int exit = verify(SATURDAY_P);

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains(link.toString()), cli.err.toString());
        assertTrue(cli.err.toString().contains("does not exist"), cli.err.toString());
    }

    @Test
    void verify_folderNamedLikeARoom_exits2NamingIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("annex.floor"));

        int exit = verify(SATURDAY_P);

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains(folder.toString()), cli.err.toString());
        assertTrue(cli.err.toString().contains("a folder"), cli.err.toString());
    }

    @Test
    void sheet_danglingLinkInFloors_exits2NamingIt() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("ghost.floor"), dir.resolve("nowhere.floor"));
        Path schedule = Files.writeString(dir.resolve("plan.csv"), DstSite.HEADER + SATURDAY_P);

        int exit = cli.run(
                "sheet",
                "--schedule",
                schedule.toString(),
                "--floors",
                dir.toString(),
                "--date",
                "2026-11-28",
                "--out",
                dir.resolve("s.pdf").toString());

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains(link.toString()), cli.err.toString());
    }
}
