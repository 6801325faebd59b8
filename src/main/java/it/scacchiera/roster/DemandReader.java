package it.scacchiera.roster;

import it.scacchiera.input.InputException;
import it.scacchiera.input.Utf8Text;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code demand.csv}: {@code date,shift,service,required,calls,aht,sl_percent,sl_seconds}
 * (SPEC §2). An empty {@code required} is computed with {@link ErlangC} over the shift's length. A
 * row for a shift that does not run on its date or weekday is read like any other (SPEC §2 does not
 * list it among the errors); {@link DemandTable#resolve} leaves it out. All or nothing.
 */
public final class DemandReader {
    private static final List<String> COLUMNS = List.of("date", "shift", "service");
    private static final int MAX_REQUIRED = 100_000;

    public DemandTable read(Path file, Map<String, Shift> shifts, Set<String> services)
            throws IOException, InputException {
        return read(file.getFileName().toString(), Utf8Text.read(file), shifts, services);
    }

    public DemandTable read(String fileName, String text, Map<String, Shift> shifts, Set<String> services)
            throws InputException {
        var table = CsvTable.parse(fileName, text, COLUMNS);
        var rows = new ArrayList<DemandRow>();
        var seen = new HashSet<List<Object>>();
        for (CsvRow row : table.rows()) {
            String day = row.required("date", "an ISO date like 2026-12-24 or a weekday Mon … Sun");
            LocalDate date = CsvRow.parseDate(day);
            DayOfWeek weekday = date == null ? Weekdays.parseDay(day) : date.getDayOfWeek();
            if (weekday == null) {
                throw row.error("date", "bad date '" + day + "'", "an ISO date like 2026-12-24 or a weekday Mon … Sun");
            }
            Shift shift = shift(row, shifts);
            String service = row.required("service", "a service code");
            if (!services.contains(service)) {
                throw row.error(
                        "service",
                        "unknown service '" + service + "'",
                        "a service in operators' skills: " + String.join(" ", new TreeSet<>(services)));
            }
            if (!seen.add(List.of(date == null ? weekday : date, shift.code(), service))) {
                throw row.error(
                        "date",
                        "second row for " + day + ", shift " + shift.code() + ", service " + service,
                        "one row per date or weekday, shift and service");
            }
            boolean computed = row.get("required").isEmpty();
            int required = computed ? erlangC(row, shift) : row.integer("required", 0, 0, MAX_REQUIRED);
            ErlangInputs erlang = computed ? inputs(row) : null;
            rows.add(new DemandRow(date, weekday, shift.code(), service, required, computed, row.at("date"), erlang));
        }
        return new DemandTable(rows);
    }

    private static Shift shift(CsvRow row, Map<String, Shift> shifts) throws InputException {
        String code = row.required("shift", "a shift code");
        Shift shift = shifts.get(code);
        if (shift == null) {
            throw row.error(
                    "shift",
                    "unknown shift code '" + code + "'",
                    "a code of shifts.csv: " + String.join(" ", new TreeSet<>(shifts.keySet())));
        }
        return shift;
    }

    private static int erlangC(CsvRow row, Shift shift) throws InputException {
        double calls = row.decimal("calls", 0, false, Double.MAX_VALUE);
        // SPEC §2: with no calls Erlang C gives 0, so the target may be left empty, though not wrong
        boolean noCalls = calls == 0;
        double aht = optionalIf(noCalls, row, "aht", 0, true, Double.MAX_VALUE);
        double slPercent = optionalIf(noCalls, row, "sl_percent", 0, true, 100);
        double slSeconds = optionalIf(noCalls, row, "sl_seconds", 0, false, Double.MAX_VALUE);
        if (noCalls) {
            return 0;
        }
        double traffic = calls * aht / (shift.minutes() * 60.0);
        if (traffic > MAX_REQUIRED) {
            throw row.error(
                    "calls", "traffic of " + Math.round(traffic) + " erlangs", "at most " + MAX_REQUIRED + " erlangs");
        }
        return ErlangC.agents(calls, aht, shift.minutes() * 60.0, slPercent, slSeconds);
    }

    /** The inputs as given; {@link #erlangC} has checked them already. */
    private static ErlangInputs inputs(CsvRow row) throws InputException {
        return new ErlangInputs(
                row.decimal("calls", 0, false, Double.MAX_VALUE),
                emptyAsNaN(row, "aht"),
                emptyAsNaN(row, "sl_percent"),
                emptyAsNaN(row, "sl_seconds"));
    }

    private static double emptyAsNaN(CsvRow row, String column) throws InputException {
        return row.get(column).isEmpty() ? Double.NaN : row.decimal(column, 0, false, Double.MAX_VALUE);
    }

    private static double optionalIf(
            boolean optional, CsvRow row, String column, double min, boolean strict, double max) throws InputException {
        return optional && row.get(column).isEmpty() ? 0 : row.decimal(column, min, strict, max);
    }
}
