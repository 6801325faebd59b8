package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} writes through to the file the user named, keeps it readable, leaves nothing behind. */
class OutputFileCommandTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @BeforeEach
    void writeSite() throws IOException {
        DstSite.write(dir);
    }

    private int solve(Path out) {
        return cli.run(CliHarness.siteArgs(
                "solve", dir, "--from", "2026-11-23", "--time-limit", "1s", "--out", out.toString()));
    }

    private int sheet(Path out) throws IOException {
        Path schedule = Files.writeString(
                dir.resolve("plan.csv"), DstSite.HEADER + DstSite.row("2026-11-28", "P", "14:00", "22:00"));
        return cli.run(
                "sheet",
                "--schedule",
                schedule.toString(),
                "--floors",
                dir.toString(),
                "--date",
                "2026-11-28",
                "--out",
                out.toString());
    }

    private List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".tmp") || name.endsWith(".scacchiera-tmp"))
                    .toList();
        }
    }

    @Test
    void solve_outIsASymlink_writesItsTargetAndKeepsTheLink() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Path target = Files.writeString(shared.resolve("week.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("week.csv"), target);

        int exit = solve(link);

        assertEquals(0, exit, cli.err.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).startsWith("date,shift,start,end"));
        assertEquals(List.of(), leftovers(dir));
        assertEquals(List.of(), leftovers(shared));
    }

    @Test
    void solve_outIsADevice_exits2BeforeSolving() {
        int exit = solve(Path.of("/dev/null"));

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("/dev/null: is a device"), cli.err.toString());
        assertEquals("", cli.out.toString());
    }

    @Test
    void solve_outInsideAFile_exits2BeforeSolvingNamingTheOutput() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        Path out = notAFolder.resolve("week.csv");

        int exit = solve(out);

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains(out.toString()), cli.err.toString());
        assertFalse(cli.err.toString().contains(".scacchiera-tmp"), cli.err.toString());
        assertEquals("", cli.out.toString());
    }

    @Test
    void solve_existingFileSharedWithTheGroup_keepsItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("week.csv"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

        int exit = solve(out);

        assertEquals(0, exit, cli.err.toString());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(Files.readString(out).startsWith("date,"));
    }

    @Test
    void solve_newFile_getsTheUmaskPermissionsNot0600() throws IOException {
        Path out = dir.resolve("week.csv");
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));

        int exit = solve(out);

        assertEquals(0, exit, cli.err.toString());
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(out));
    }

    @Test
    void solve_staleTemporaryFileOfADeadProcess_removedByTheNextWrite() throws IOException {
        Path stale = Files.writeString(dir.resolve(".week.csv.999999999.0badcafe.scacchiera-tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path unrelated = Files.writeString(dir.resolve(".other.csv.999999999.0badcafe.scacchiera-tmp"), "x");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        int exit = solve(dir.resolve("week.csv"));

        assertEquals(0, exit, cli.err.toString());
        assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(unrelated), "another file's temporary is not this write's to remove");
    }

    @Test
    void solve_missingFolders_made() throws IOException {
        Path out = dir.resolve("plans").resolve("2026").resolve("week.csv");

        int exit = solve(out);

        assertEquals(0, exit, cli.err.toString());
        assertTrue(Files.readString(out).startsWith("date,"));
    }

    @Test
    void sheet_outIsAFolder_exits2AndWritesNothing() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("sheets.pdf"));

        int exit = sheet(folder);

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("is a folder"), cli.err.toString());
        assertEquals(List.of(), leftovers(dir));
        try (Stream<Path> inside = Files.list(folder)) {
            assertEquals(0, inside.count());
        }
    }

    @Test
    void sheet_existingPdfReadableByAll_keepsItsPermissionsAndLeavesNoTemporary() throws IOException {
        Path out = Files.writeString(dir.resolve("day.pdf"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));

        int exit = sheet(out);

        assertEquals(0, exit, cli.err.toString());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void sheet_outIsASymlinkToANewFile_createsTheTarget() throws IOException {
        Path target = dir.resolve("real.pdf");
        Path link = Files.createSymbolicLink(dir.resolve("day.pdf"), target);

        int exit = sheet(link);

        assertEquals(0, exit, cli.err.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.size(target) > 0);
    }
}
