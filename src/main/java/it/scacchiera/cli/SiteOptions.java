package it.scacchiera.cli;

import it.scacchiera.input.InputException;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Option;

/** The inputs {@code solve} and {@code verify} share (SPEC §5). */
final class SiteOptions {
    @Option(names = "--floors", required = true, paramLabel = "DIR", description = "Folder of *.floor rooms.")
    Path floors;

    @Option(names = "--shifts", required = true, paramLabel = "F", description = "shifts.csv")
    Path shifts;

    @Option(names = "--operators", required = true, paramLabel = "F", description = "operators.csv")
    Path operators;

    @Option(names = "--demand", required = true, paramLabel = "F", description = "demand.csv")
    Path demand;

    @Option(
            names = "--remote-employers",
            paramLabel = "A|B",
            defaultValue = "",
            description = "Outsourcers authorised for remote work, joined by |; in-house always is.")
    String remoteEmployers;

    @Option(
            names = "--sanitize-minutes",
            paramLabel = "N",
            defaultValue = "30",
            description = "Least gap between two operators on one desk (default ${DEFAULT-VALUE}).")
    int sanitizeMinutes;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            defaultValue = "Europe/Rome",
            description = "The site's time zone: shift times are its wall-clock times, rest and gaps real time"
                    + " (default ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(
            names = "--delimiter",
            paramLabel = "C",
            defaultValue = ",",
            description = "Schedule CSV delimiter: ',' (default) or ';'.")
    char delimiter;

    Site read() throws IOException, InputException {
        if (sanitizeMinutes < 0) {
            throw new IllegalArgumentException("--sanitize-minutes must be >= 0");
        }
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("--delimiter must be ',' or ';'");
        }
        return new SiteReader().read(floors, shifts, operators, demand);
    }

    Set<String> authorisedEmployers() {
        var employers = new LinkedHashSet<String>();
        Arrays.stream(remoteEmployers.split("\\|"))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .forEach(employers::add);
        return employers;
    }
}
