package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input too big for the memory given is bad input: a message and exit 2, not a stack trace or exit 1. */
class OutOfMemoryCommandTest {
    @TempDir
    Path dir;

    @Test
    void verify_operatorsFileTooBigForTheHeap_exits2WithAMessage() throws Exception {
        DstSite.write(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve("operators.csv"), StandardCharsets.UTF_8)) {
            out.write("id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n");
            for (int i = 0; i < 120_000; i++) {
                out.write("X" + i + ",Name " + i + ",Blu,in-house,COMM|TECH,no,5,,,H" + i + "\n");
            }
        }
        Path schedule = Files.writeString(dir.resolve("plan.csv"), DstSite.HEADER);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(
                List.of(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"), "it.scacchiera.Launcher"));
        command.addAll(CliHarness.siteArgs(
                "verify", dir, "--schedule", schedule.toString(), "--from", "2026-11-23", "--weeks", "1"));

        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);

        assertTrue(ended, "verify did not end");
        String err = read(dir.resolve("err.txt"));
        assertEquals(2, process.exitValue(), err);
        assertTrue(err.startsWith("out of memory: "), err);
        assertTrue(!err.contains("\tat "), "no stack trace: " + err);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
