package it.scacchiera.roster;

import it.scacchiera.input.InputException;
import it.scacchiera.input.Utf8Text;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code operators.csv}: {@code id,name,team,employer,skills,remote,days_per_week,shifts,
 * unavailable,headset} (SPEC §2). All or nothing.
 */
public final class OperatorsReader {
    private static final List<String> COLUMNS = List.of("id", "name");

    public List<Operator> read(Path file, Map<String, Shift> shiftsByCode) throws IOException, InputException {
        return read(file.getFileName().toString(), Utf8Text.read(file), shiftsByCode);
    }

    /** Operators in file order. */
    public List<Operator> read(String fileName, String text, Map<String, Shift> shiftsByCode) throws InputException {
        var table = CsvTable.parse(fileName, text, COLUMNS);
        var operators = new ArrayList<Operator>();
        var ids = new HashSet<String>();
        for (CsvRow row : table.rows()) {
            String id = row.required("id", "an operator id, e.g. OP001");
            if (!ids.add(id)) {
                throw row.error("id", "duplicate operator id '" + id + "'", "an id not used above");
            }
            operators.add(new Operator(
                    id,
                    row.required("name", "the operator's name"),
                    row.get("team"),
                    row.get("employer"),
                    List.copyOf(new LinkedHashSet<>(row.list("skills"))),
                    row.yesNo("remote", false),
                    row.integer("days_per_week", 5, 1, 7),
                    shifts(row, shiftsByCode),
                    unavailable(row),
                    row.get("headset")));
        }
        return List.copyOf(operators);
    }

    private static Set<String> shifts(CsvRow row, Map<String, Shift> shiftsByCode) throws InputException {
        var codes = new LinkedHashSet<String>();
        for (String code : row.list("shifts")) {
            if (!shiftsByCode.containsKey(code)) {
                throw row.error(
                        "shifts",
                        "unknown shift code '" + code + "'",
                        "codes of shifts.csv joined by '|': "
                                + String.join(" ", new java.util.TreeSet<>(shiftsByCode.keySet())));
            }
            codes.add(code);
        }
        return codes;
    }

    private static Set<LocalDate> unavailable(CsvRow row) throws InputException {
        var dates = new HashSet<LocalDate>();
        for (String text : row.list("unavailable")) {
            LocalDate date = CsvRow.parseDate(text);
            if (date == null) {
                throw row.error(
                        "unavailable",
                        "bad date '" + text + "' in unavailable",
                        "ISO dates like 2026-12-24 joined by '|'");
            }
            dates.add(date);
        }
        return dates;
    }
}
