package it.scacchiera.crosscheck;

import it.scacchiera.input.InputException;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.roster.Horizon;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import it.scacchiera.verify.PlanVerifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A site written as files, and the options a plan of it is made and checked with. */
record SiteFiles(Path dir, Path floors, int weeks, String remoteEmployers, int sanitizeMinutes) {
    Horizon horizon() {
        return new Horizon(RandomSite.MONDAY, weeks);
    }

    Site read() throws IOException, InputException {
        return new SiteReader()
                .read(floors, dir.resolve("shifts.csv"), dir.resolve("operators.csv"), dir.resolve("demand.csv"));
    }

    /** The outsourcers authorised for remote work, as the CLI splits them. */
    Set<String> authorised() {
        var names = new LinkedHashSet<String>();
        Arrays.stream(remoteEmployers.split("\\|"))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .forEach(names::add);
        return names;
    }

    PlanningProblem problem(Site site) {
        return new PlanningProblem(
                site.rooms(),
                site.shifts(),
                site.operators(),
                site.demand().resolve(horizon(), site.shiftsByCode()),
                horizon(),
                authorised(),
                sanitizeMinutes,
                List.of(),
                List.of());
    }

    PlanVerifier verifier(Site site) {
        return new PlanVerifier(
                site.rooms(),
                site.shifts(),
                site.operators(),
                site.demand().resolve(horizon(), site.shiftsByCode()),
                horizon(),
                authorised(),
                sanitizeMinutes);
    }

    /** The site arguments of {@code solve} and {@code verify}, then {@code more}. */
    String[] args(String verb, String... more) {
        var args = new ArrayList<>(List.of(
                verb,
                "--floors",
                floors.toString(),
                "--shifts",
                dir.resolve("shifts.csv").toString(),
                "--operators",
                dir.resolve("operators.csv").toString(),
                "--demand",
                dir.resolve("demand.csv").toString(),
                "--from",
                RandomSite.MONDAY.toString(),
                "--weeks",
                Integer.toString(weeks),
                "--remote-employers",
                remoteEmployers,
                "--sanitize-minutes",
                Integer.toString(sanitizeMinutes)));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
