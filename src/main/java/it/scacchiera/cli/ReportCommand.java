package it.scacchiera.cli;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.export.ServiceLevelCsvWriter;
import it.scacchiera.export.ServiceLevelPdf;
import it.scacchiera.files.OutputFile;
import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.input.InputException;
import it.scacchiera.report.ServiceLevelReport;
import it.scacchiera.report.ServiceLevelRow;
import it.scacchiera.report.ServiceLevelTotals;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.verify.PlanVerifier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the service-level report of a schedule (SPEC §4–§5), aggregates per service and shift only. */
@Command(
        name = "report",
        description = "Writes the service-level report of a schedule; last line required=<r> planned=<p> short=<s>.")
final class ReportCommand implements Callable<Integer> {
    private static final Duration CAPACITY_TIME_LIMIT = Duration.ofSeconds(5);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--schedule", required = true, paramLabel = "F", description = "The schedule CSV to report on.")
    Path schedule;

    @Option(names = "--from", paramLabel = "DATE", description = "First Monday (default: the schedule's first week).")
    LocalDate from;

    @Option(names = "--weeks", paramLabel = "N", description = "Weeks (default: up to the schedule's last date).")
    Integer weeks;

    @Option(
            names = "--out",
            paramLabel = "F.csv",
            description = "Where to write the CSV (default: printed); a name ending in .pdf writes the report as a"
                    + " PDF for the client instead, with each room's capacity.")
    Path out;

    @Override
    public Integer call() throws IOException, InputException {
        var loaded = site.read();
        var entries = new ScheduleCsvReader()
                .withShifts(loaded.shifts())
                .withOperators(loaded.operators())
                .withFloors(loaded.floors())
                .read(schedule);
        Horizon horizon = horizon(entries);
        List<ServiceLevelRow> rows = new ServiceLevelReport(loaded.shifts(), site.zone)
                .rows(horizon, loaded.demand().resolveWithInputs(horizon, loaded.shiftsByCode()), entries);
        var writer = new ServiceLevelCsvWriter(site.delimiter);
        var printed = spec.commandLine().getOut();
        if (out == null) {
            writer.write(printed, rows);
        } else if (pdf(out)) {
            OutputFile.checkWritable(out); // before the capacity search, which may take seconds a room
            new ServiceLevelPdf(Locale.getDefault()).write(out, siteName(), rows, capacities(loaded.rooms()));
            printed.println("wrote " + rows.size() + " rows to " + out);
        } else {
            writer.write(out, rows);
            printed.println("wrote " + rows.size() + " rows to " + out);
        }
        printed.println(ServiceLevelTotals.of(rows).summary());
        printed.flush();
        return ExitCodes.OK;
    }

    static boolean pdf(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private String siteName() {
        Path name = site.floors.toAbsolutePath().normalize().getFileName();
        return name == null ? site.floors.toString() : name.toString();
    }

    /** As the app's rooms list computes them: a bound instead of the optimum after five seconds a room. */
    private static List<ServiceLevelPdf.RoomCapacity> capacities(List<ConflictGraph> rooms) {
        return rooms.stream()
                .map(room ->
                        new ServiceLevelPdf.RoomCapacity(room.floor(), Capacity.compute(room, CAPACITY_TIME_LIMIT)))
                .toList();
    }

    private Horizon horizon(List<ScheduleEntry> entries) {
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
                .map(ScheduleEntry::date)
                .max(LocalDate::compareTo)
                .orElse(from);
        return new Horizon(from, (int) Math.max(1, ChronoUnit.DAYS.between(from, last) / 7 + 1));
    }
}
