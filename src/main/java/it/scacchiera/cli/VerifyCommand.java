package it.scacchiera.cli;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.export.ScheduleRow;
import it.scacchiera.input.InputException;
import it.scacchiera.roster.Horizon;
import it.scacchiera.verify.PlanVerifier;
import it.scacchiera.verify.VerifyReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
            description = "First day of the plan, a Monday (default: the Monday of the schedule's first date).")
    LocalDate from;

    @Option(
            names = "--weeks",
            paramLabel = "N",
            description = "Weeks of the plan, 1 to 53 (default: up to the schedule's last date).")
    Integer weeks;

    @Override
    public Integer call() throws IOException, InputException {
        var loaded = site.read();
        var rows = new ScheduleCsvReader()
                .withShifts(loaded.shifts())
                .withOperators(loaded.operators())
                .withFloors(loaded.floors())
                .readRows(schedule);
        Horizon horizon = ScheduleSpan.of(rows, from, weeks, schedule);
        var entries = rows.stream().map(ScheduleRow::entry).toList();
        var verifier = new PlanVerifier(
                loaded.rooms(),
                loaded.shifts(),
                loaded.operators(),
                loaded.demand().resolve(horizon, loaded.shiftsByCode()),
                horizon,
                site.authorisedEmployers(),
                site.sanitizeMinutes,
                site.zone);
        VerifyReport report = verifier.verify(entries);
        var out = spec.commandLine().getOut();
        report.print(out);
        out.flush();
        return report.feasible() ? ExitCodes.OK : ExitCodes.HARD_BROKEN;
    }
}
