package it.scacchiera.cli;

import it.scacchiera.export.ScheduleRow;
import it.scacchiera.input.InputException;
import it.scacchiera.roster.Horizon;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;

/**
 * The weeks {@code verify} checks (SPEC §5): {@code --from} and {@code --weeks} when given, else the
 * whole weeks spanning the schedule's dates. A span over 53 weeks is bad input at the row whose date
 * lies far from the others, so one mistyped year is named instead of planned for.
 */
final class ScheduleSpan {
    private ScheduleSpan() {}

    static Horizon of(List<ScheduleRow> rows, LocalDate from, Integer weeks, Path schedule) throws InputException {
        if (from == null && weeks != null) {
            throw new IllegalArgumentException("--weeks goes with --from");
        }
        if (from != null) {
            HorizonOptions.checkMonday(from);
            if (weeks != null) {
                return HorizonOptions.horizon(from, weeks);
            }
        }
        if (rows.isEmpty()) {
            if (from != null) {
                return new Horizon(from, 1);
            }
            throw new IllegalArgumentException(schedule + ": an empty schedule spans no week; give --from");
        }
        List<ScheduleRow> byDate = rows.stream()
                .sorted(Comparator.comparing((ScheduleRow r) -> r.entry().date()))
                .toList();
        ScheduleRow first = byDate.get(0);
        ScheduleRow last = byDate.get(byDate.size() - 1);
        LocalDate monday =
                from != null ? from : first.entry().date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long span = Math.max(1, ChronoUnit.DAYS.between(monday, last.entry().date()) / 7 + 1);
        if (span <= Horizon.MAX_WEEKS) {
            return new Horizon(monday, (int) span);
        }
        // the lower median: of two far-apart rows the later is named
        LocalDate median = byDate.get((byDate.size() - 1) / 2).entry().date();
        boolean lastIsOut = from != null
                || ChronoUnit.DAYS.between(median, last.entry().date())
                        >= ChronoUnit.DAYS.between(first.entry().date(), median);
        ScheduleRow outlier = lastIsOut ? last : first;
        String against = from != null ? "--from " + from : "the schedule's other dates";
        throw new InputException(
                outlier.date(),
                "date " + outlier.entry().date() + " makes a plan of " + span + " weeks from " + against,
                "dates within " + Horizon.MAX_WEEKS + " weeks, or --from and --weeks");
    }
}
