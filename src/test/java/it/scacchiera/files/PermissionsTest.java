package it.scacchiera.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the product writes get the user's usual permissions (the umask's), never owner-only. */
class PermissionsTest {
    @TempDir
    Path dir;

    @Test
    void cliOutputsAndSiteIdentity_haveTheUmaskPermissionsOfANewFile() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        try (Stream<Path> files = Files.list(Path.of("floorplans"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("site.id")) {
                    Files.copy(f, site.resolve(f.getFileName()));
                }
            }
        }
        String usual =
                PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(dir.resolve("control"))));
        Path out = dir.resolve("out");
        List<String> siteArgs = List.of(
                "--floors", site.toString(),
                "--shifts", site.resolve("shifts.csv").toString(),
                "--operators", site.resolve("operators.csv").toString(),
                "--demand", site.resolve("demand.csv").toString());

        run("solve", siteArgs, "--from", "2026-12-14", "--time-limit", "3s", "--out", out + "/schedule.csv");
        run("report", siteArgs, "--schedule", out + "/schedule.csv", "--out", out + "/report.csv");
        new it.scacchiera.site.SiteIdentity().of(site); // the app and `plans import` give a site its identity
        run(
                "sheet",
                List.of(),
                "--schedule",
                out + "/schedule.csv",
                "--floors",
                site.toString(),
                "--date",
                "2026-12-14",
                "--out",
                out + "/sheet.pdf");

        for (Path written : List.of(
                out.resolve("schedule.csv"),
                out.resolve("report.csv"),
                out.resolve("sheet.pdf"),
                site.resolve("site.id"))) {
            assertEquals(
                    usual,
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(written)),
                    written.getFileName().toString());
        }
    }

    private static void run(String verb, List<String> site, String... more) {
        var args = new java.util.ArrayList<String>();
        args.add(verb);
        args.addAll(site);
        args.addAll(List.of(more));
        var err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, code, verb + ": " + err);
    }
}
