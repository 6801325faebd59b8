package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.BuildInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void version_flag_printsTheVersionOfThePom() throws Exception {
        var cli = new CliHarness();
        String pom = Files.readString(Path.of("pom.xml"));
        var matcher = Pattern.compile("<artifactId>scacchiera</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(matcher.find(), "the pom names the project's version");

        int exit = cli.run("--version");

        assertEquals(0, exit);
        assertEquals("Scacchiera " + matcher.group(1), cli.out.toString().strip());
        assertEquals(cli.out.toString().strip(), BuildInfo.read().title());
    }
}
