package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --zone} and real elapsed time on the nights the clocks change (SPEC §3, §5). */
class ZoneCommandTest {
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

    @Test
    void verify_22to09WhenClocksGoForward_restBrokenInRome() throws IOException {
        String rows =
                DstSite.row("2026-03-28", "P", "14:00", "22:00") + DstSite.row("2026-03-29", "L", "09:00", "17:00");

        int exit = verify(rows);

        assertEquals(1, exit, cli.out + "" + cli.err);
        assertTrue(cli.out.toString().contains("rests 600 min"), cli.out.toString());
        assertEquals("hard=1 medium=0", cli.lastLine());
    }

    @Test
    void verify_22to09WhenClocksGoForwardInUtc_restKept() throws IOException {
        String rows =
                DstSite.row("2026-03-28", "P", "14:00", "22:00") + DstSite.row("2026-03-29", "L", "09:00", "17:00");

        int exit = verify(rows, "--zone", "UTC");

        assertEquals(0, exit, cli.out + "" + cli.err);
        assertEquals("hard=0 medium=0", cli.lastLine());
    }

    @Test
    void verify_22to08WhenClocksGoBack_elevenHoursKeepRest() throws IOException {
        String rows =
                DstSite.row("2026-10-24", "P", "14:00", "22:00") + DstSite.row("2026-10-25", "B", "08:00", "16:00");

        int exit = verify(rows);

        assertEquals(0, exit, cli.out + "" + cli.err);
        assertEquals("hard=0 medium=0", cli.lastLine());
    }

    @Test
    void verify_22to08WhenClocksGoBackInUtc_tenHoursBreakRest() throws IOException {
        String rows =
                DstSite.row("2026-10-24", "P", "14:00", "22:00") + DstSite.row("2026-10-25", "B", "08:00", "16:00");

        int exit = verify(rows, "--zone", "UTC");

        assertEquals(1, exit, cli.out + "" + cli.err);
        assertEquals("hard=1 medium=0", cli.lastLine());
    }

    @Test
    void verify_unknownZone_exits2NamingTheOption() throws IOException {
        int exit = verify(DstSite.row("2026-10-24", "P", "14:00", "22:00"), "--zone", "Europe/Atlantis");

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("--zone"), cli.err.toString());
    }

    @Test
    void solve_weekClocksGoForward_turnaroundCountedAsBrokenAndVerifyAgrees() throws IOException {
        Path out = dir.resolve("out.csv");
        var args = CliHarness.siteArgs(
                "solve", dir, "--from", "2026-03-23", "--time-limit", "3s", "--out", out.toString());

        int solved = cli.run(args);
        String score = cli.lastLine();
        var verifier = new CliHarness();
        int verified = verifier.run(CliHarness.siteArgs("verify", dir, "--schedule", out.toString()));

        // A must work two days: Saturday's P, then Sunday's L (10 real hours later) or B (9): one hard unit
        assertTrue(score.startsWith("score -1hard/"), cli.out + "" + cli.err);
        assertEquals(1, solved);
        assertEquals(1, verified, verifier.out + "" + verifier.err);
        assertEquals("hard=1 medium=0", verifier.lastLine());
    }
}
