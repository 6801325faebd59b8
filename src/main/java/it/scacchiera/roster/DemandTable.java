package it.scacchiera.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code demand.csv}, resolved to dates by {@link #resolve}. The reader has already
 * refused duplicates and dated rows for a shift that does not run on their date.
 */
public final class DemandTable {
    private final List<DemandRow> rows;

    public DemandTable(List<DemandRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rows in file order, for display. */
    public List<DemandRow> rows() {
        return rows;
    }

    /**
     * The demand on every date of the horizon, sorted by date, shift start, shift code and service.
     * A weekday row applies to every such date; a dated row replaces the weekday row for its date and
     * is ignored outside the horizon. Rows for a shift that does not run on the date are ignored:
     * a weekday row may name a shift that runs only on some weeks' days, e.g. {@code Sun} with a
     * Mon-Sat shift, and nobody can work it.
     *
     * @throws IllegalArgumentException when a row's shift is missing from {@code shifts}
     */
    public List<Demand> resolve(Horizon horizon, Map<String, Shift> shifts) {
        return resolveWithInputs(horizon, shifts).stream()
                .map(ResolvedDemand::demand)
                .toList();
    }

    /** {@link #resolve}, each demand with the Erlang C inputs of its row (null when it gave {@code required}). */
    public List<ResolvedDemand> resolveWithInputs(Horizon horizon, Map<String, Shift> shifts) {
        for (DemandRow row : rows) {
            if (!shifts.containsKey(row.shift())) {
                throw new IllegalArgumentException("demand for unknown shift " + row.shift());
            }
        }
        var demand = new ArrayList<ResolvedDemand>();
        for (LocalDate date : horizon.dates()) {
            var onDate = new LinkedHashMap<Key, DemandRow>();
            for (DemandRow row : rows) {
                if (!row.dated() && row.weekday() == date.getDayOfWeek()) {
                    onDate.put(new Key(row.shift(), row.service()), row);
                }
            }
            for (DemandRow row : rows) {
                if (date.equals(row.date())) {
                    onDate.put(new Key(row.shift(), row.service()), row);
                }
            }
            onDate.forEach((key, row) -> {
                if (shifts.get(key.shift()).runsOn(date)) {
                    demand.add(new ResolvedDemand(
                            new Demand(date, key.shift(), key.service(), row.required()), row.erlang()));
                }
            });
        }
        demand.sort(Comparator.comparing((ResolvedDemand d) -> d.demand().date())
                .thenComparing(d -> shifts.get(d.demand().shift()).start())
                .thenComparing(d -> d.demand().shift())
                .thenComparing(d -> d.demand().service()));
        return List.copyOf(demand);
    }

    private record Key(String shift, String service) {}
}
