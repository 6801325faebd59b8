package it.scacchiera.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code solve} then {@code verify} on its schedule through the CLI, as a user would, and checks
 * that they agree: exit 0 together, solve's last line {@code score Xhard/Ymedium/Zsoft} against verify's
 * {@code hard=-X medium=-Y}.
 */
final class SolveThenVerify {
    private static final Pattern SCORE = Pattern.compile("score (-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft");
    private static final Pattern SUMMARY = Pattern.compile("hard=(\\d+) medium=(\\d+)");

    /** What the two verbs printed and returned. */
    record Outcome(
            int solveExit, String solveOut, String solveErr, int verifyExit, String verifyOut, String verifyErr) {
        int hard() {
            return Integer.parseInt(summary().group(1));
        }

        int medium() {
            return Integer.parseInt(summary().group(2));
        }

        private Matcher summary() {
            Matcher m = SUMMARY.matcher(lastLine(verifyOut));
            assertTrue(m.matches(), "verify's last line: " + verifyOut + verifyErr);
            return m;
        }

        @Override
        public String toString() {
            return "solve exit " + solveExit + "\n" + solveOut + solveErr + "verify exit " + verifyExit + "\n"
                    + verifyOut + verifyErr;
        }
    }

    private SolveThenVerify() {}

    static Outcome run(SiteFiles files, String timeLimit, String... extra) {
        Path plan = files.dir().resolve("plan.csv");
        var solveOut = new StringWriter();
        var solveErr = new StringWriter();
        String[] solveArgs = concat(files.args("solve", "--time-limit", timeLimit, "--out", plan.toString()), extra);
        int solved = Cli.run(new PrintWriter(solveOut, true), new PrintWriter(solveErr, true), solveArgs);
        var verifyOut = new StringWriter();
        var verifyErr = new StringWriter();
        int verified = solved == 2
                ? -1
                : Cli.run(
                        new PrintWriter(verifyOut, true),
                        new PrintWriter(verifyErr, true),
                        concat(files.args("verify", "--schedule", plan.toString()), extra));
        return new Outcome(
                solved, solveOut.toString(), solveErr.toString(), verified, verifyOut.toString(), verifyErr.toString());
    }

    /**
     * solve planned, verify read its schedule, both count the same hard and medium units, and each exit
     * code is the one its count calls for: 0 with no hard unit, 1 with some (never 2, never just "0 or 1").
     */
    static void assertAgree(Outcome outcome, String what) {
        Matcher score = SCORE.matcher(lastLine(outcome.solveOut()));
        assertTrue(score.matches(), what + ", solve's last line: " + outcome);
        int hard = -Integer.parseInt(score.group(1));
        assertEquals(hard == 0 ? 0 : 1, outcome.solveExit(), what + ": solve's exit " + outcome);
        assertEquals(outcome.hard() == 0 ? 0 : 1, outcome.verifyExit(), what + ": verify's exit " + outcome);
        assertEquals(-Integer.parseInt(score.group(1)), outcome.hard(), what + ": hard " + outcome);
        assertEquals(-Integer.parseInt(score.group(2)), outcome.medium(), what + ": medium " + outcome);
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
