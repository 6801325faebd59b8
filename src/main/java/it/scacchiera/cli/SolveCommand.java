package it.scacchiera.cli;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.export.ScheduleCsvWriter;
import it.scacchiera.files.OutputFile;
import it.scacchiera.input.InputException;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.planning.ScheduleChanges;
import it.scacchiera.planning.ScoreReport;
import it.scacchiera.planning.SolveResult;
import it.scacchiera.planning.SolverTuning;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code solve}: plans the horizon, writes the schedule CSV, prints the score by constraint (SPEC §5). */
@Command(
        name = "solve",
        description = "Plans whole weeks from a Monday, writes the schedule CSV and prints the score by constraint;"
                + " the last line is the score.")
final class SolveCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the plan: a Monday.")
    LocalDate from;

    @Option(
            names = "--weeks",
            defaultValue = "1",
            paramLabel = "N",
            description = "Weeks to plan, 1 to 53 (default ${DEFAULT-VALUE}).")
    int weeks;

    @Option(
            names = "--time-limit",
            defaultValue = "30s",
            converter = DurationConverter.class,
            paramLabel = "T",
            description = "How long to search (default ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(
            names = "--out",
            defaultValue = "schedule.csv",
            paramLabel = "F",
            description = "Schedule CSV (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--published",
            paramLabel = "F",
            description = "The previously published schedule CSV: the solve starts from it where it still holds"
                    + " and changes as little as it can.")
    Path published;

    @Option(
            names = "--move-threads",
            defaultValue = "0",
            paramLabel = "N",
            description = "Threads that evaluate moves beside the solver's own, for machines with more than"
                    + " two cores; 0 for none (default ${DEFAULT-VALUE}).")
    int moveThreads;

    @Override
    public Integer call() throws IOException, InputException {
        if (moveThreads < 0) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--move-threads must be 0 or more, not " + moveThreads);
        }
        var horizon = HorizonOptions.horizon(from, weeks);
        OutputFile.checkWritable(out); // before the solve, not after it
        var loaded = site.read();
        var problem = new PlanningProblem(
                loaded.rooms(),
                loaded.shifts(),
                loaded.operators(),
                loaded.demand().resolve(horizon, loaded.shiftsByCode()),
                horizon,
                site.authorisedEmployers(),
                site.sanitizeMinutes,
                published == null ? List.of() : new ScheduleCsvReader().read(published),
                List.of(),
                site.zone);
        var planning = new PlanningService(SolverTuning.DEFAULT.withMoveThreads(moveThreads));
        SolveResult result = planning.solve(problem, timeLimit, best -> {});
        new ScheduleCsvWriter(site.delimiter).write(out, result.entries());
        if (published != null) {
            int changed = ScheduleChanges.count(problem.published(), result.entries());
            spec.commandLine()
                    .getOut()
                    .printf(
                            "changes from the published plan: %d of %d rows%n",
                            changed, problem.published().size());
        }
        print(spec.commandLine().getOut(), planning.explain(result.plan()), result);
        return result.feasible() ? ExitCodes.OK : ExitCodes.HARD_BROKEN;
    }

    private void print(PrintWriter printer, ScoreReport report, SolveResult result) {
        printer.printf(
                "wrote %s: %d operator-shifts, %d weeks from %s, solved in %.1f s%n",
                out, result.entries().size(), weeks, from, result.elapsed().toMillis() / 1000.0);
        for (ScoreReport.ConstraintScore constraint : report.constraints()) {
            if (constraint.matches() > 0) {
                printer.printf("  %-48s %6d × %s%n", constraint.name(), constraint.matches(), constraint.score());
            }
        }
        // The bound holds for plans that keep every hard rule: with hard rules broken it says nothing of this plan.
        if (result.feasible()) {
            printer.printf(
                    "short %d, at least %d unavoidable%s%n",
                    -result.score().mediumScore(),
                    result.coverageLowerBound(),
                    result.coverageOptimal() ? ": coverage optimal" : "");
        }
        printer.println("score " + result.score());
        printer.flush();
    }
}
