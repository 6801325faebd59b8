package it.scacchiera.cli;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.input.InputException;
import it.scacchiera.roster.Horizon;
import it.scacchiera.verify.PlanVerifier;
import it.scacchiera.verify.VerifyReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify}: checks a schedule against every rule without the solver (SPEC §5). */
@Command(
        name = "verify",
        description = "Checks a schedule against the planning rules without the solver; last line hard=<n> medium=<m>.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--schedule", required = true, paramLabel = "F", description = "The schedule CSV to check.")
    Path schedule;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "First Monday of the plan (default: the schedule's first week).")
    LocalDate from;

    @Option(
            names = "--weeks",
            paramLabel = "N",
            description = "Weeks of the plan (default: up to the schedule's last date).")
    Integer weeks;

    @Override
    public Integer call() throws IOException, InputException {
        var loaded = site.read();
        var entries = new ScheduleCsvReader()
                .withShifts(loaded.shifts())
                .withOperators(loaded.operators())
                .withFloors(loaded.floors())
                .read(schedule);
        Horizon horizon = horizon(entries);
        var verifier = new PlanVerifier(
                loaded.rooms(),
                loaded.shifts(),
                loaded.operators(),
                loaded.demand().resolve(horizon, loaded.shiftsByCode()),
                horizon,
                site.authorisedEmployers(),
                site.sanitizeMinutes);
        VerifyReport report = verifier.verify(entries);
        var out = spec.commandLine().getOut();
        report.print(out);
        out.flush();
        return report.feasible() ? ExitCodes.OK : ExitCodes.HARD_BROKEN;
    }

    private Horizon horizon(java.util.List<it.scacchiera.roster.ScheduleEntry> entries) {
        if (from == null) {
            if (weeks != null) {
                throw new IllegalArgumentException("--weeks goes with --from");
            }
            if (entries.isEmpty()) {
                throw new IllegalArgumentException(schedule + ": an empty schedule spans no week; give --from");
            }
            return PlanVerifier.spanning(entries);
        }
        if (weeks != null) {
            return new Horizon(from, weeks);
        }
        LocalDate last = entries.stream()
                .map(it.scacchiera.roster.ScheduleEntry::date)
                .max(LocalDate::compareTo)
                .orElse(from);
        return new Horizon(from, (int) Math.max(1, ChronoUnit.DAYS.between(from, last) / 7 + 1));
    }
}
