package it.scacchiera.report;

import it.scacchiera.roster.ErlangInputs;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ResolvedDemand;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service-level report of SPEC §4: per date, shift and service of the horizon that has demand or
 * planned operators, what was required, what the schedule plans, and the service level it reaches.
 * Built from the schedule and the demand alone, like verify: no solver.
 */
public final class ServiceLevelReport {
    private final Map<String, Shift> shifts;
    private final ZoneId zone;

    /** @param zone the site's time zone: a shift's length on a date is real elapsed time (SPEC §3) */
    public ServiceLevelReport(List<Shift> shifts, ZoneId zone) {
        this.shifts = shifts.stream().collect(Collectors.toMap(Shift::code, Function.identity(), (a, b) -> a));
        this.zone = zone;
    }

    /**
     * @param demand the demand resolved over {@code horizon}
     * @param entries the schedule; entries outside the horizon are left out
     * @throws IllegalArgumentException when a demand or entry names a shift not given here
     */
    public List<ServiceLevelRow> rows(Horizon horizon, List<ResolvedDemand> demand, List<ScheduleEntry> entries) {
        Map<Key, ResolvedDemand> demanded = new HashMap<>();
        for (ResolvedDemand row : demand) {
            if (horizon.contains(row.demand().date())) {
                demanded.put(
                        new Key(
                                row.demand().date(),
                                row.demand().shift(),
                                row.demand().service()),
                        row);
            }
        }
        Map<Key, int[]> planned = new HashMap<>();
        for (ScheduleEntry entry : entries) {
            if (horizon.contains(entry.date())) {
                int[] count =
                        planned.computeIfAbsent(new Key(entry.date(), entry.shift(), entry.service()), k -> new int[2]);
                count[entry.remote() ? 1 : 0]++;
            }
        }
        var keys = new TreeSet<Key>(order());
        keys.addAll(demanded.keySet());
        keys.addAll(planned.keySet());
        var rows = new ArrayList<ServiceLevelRow>(keys.size());
        for (Key key : keys) {
            ResolvedDemand row = demanded.get(key);
            int[] count = planned.getOrDefault(key, new int[2]);
            ErlangInputs erlang = row == null ? null : row.erlang();
            PlannedService reached = erlang == null
                    ? null
                    : PlannedService.of(erlang, count[0] + count[1], shiftSeconds(key.shift(), key.date()));
            rows.add(new ServiceLevelRow(
                    key.date(),
                    key.shift(),
                    key.service(),
                    row == null ? 0 : row.demand().required(),
                    count[0],
                    count[1],
                    erlang,
                    reached));
        }
        return List.copyOf(rows);
    }

    /** The real length of a shift on a date: 7 hours for 22:00–06:00 on the night the clocks go forward. */
    double shiftSeconds(String code, LocalDate date) {
        Shift shift = shift(code);
        return Duration.between(
                        shift.startOn(date).atZone(zone), shift.endOn(date).atZone(zone))
                .toSeconds();
    }

    private Comparator<Key> order() {
        return Comparator.comparing(Key::date)
                .thenComparing(k -> shift(k.shift()).start())
                .thenComparing(Key::shift)
                .thenComparing(Key::service);
    }

    private Shift shift(String code) {
        Shift shift = shifts.get(code);
        if (shift == null) {
            throw new IllegalArgumentException("unknown shift " + code);
        }
        return shift;
    }

    private record Key(LocalDate date, String shift, String service) {}
}
