package it.scacchiera.roster;

import it.scacchiera.input.InputException;
import it.scacchiera.input.Utf8Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Reads {@code shifts.csv}: {@code code,name,start,end,days} (SPEC §2). All or nothing. */
public final class ShiftsReader {
    private static final List<String> COLUMNS = List.of("code", "start", "end");

    public List<Shift> read(Path file) throws IOException, InputException {
        return read(file.getFileName().toString(), Utf8Text.read(file));
    }

    /** Shifts in file order; {@code name} defaults to the code. */
    public List<Shift> read(String fileName, String text) throws InputException {
        var table = CsvTable.parse(fileName, text, COLUMNS);
        var shifts = new ArrayList<Shift>();
        var codes = new HashSet<String>();
        for (CsvRow row : table.rows()) {
            String code = row.required("code", "a shift code, e.g. M");
            if (code.contains("|")) {
                throw row.error("code", "shift code '" + code + "' contains '|'", "a code without '|'");
            }
            if (!codes.add(code)) {
                throw row.error("code", "duplicate shift code '" + code + "'", "a code not used above");
            }
            String name = row.get("name").isEmpty() ? code : row.get("name");
            var start = row.time("start");
            var end = row.time("end");
            var days = Weekdays.parseSpec(row.get("days"));
            if (days == null) {
                throw row.error("days", "bad days '" + row.get("days") + "'", Weekdays.EXPECTED);
            }
            shifts.add(new Shift(code, name, start, end, days));
        }
        return List.copyOf(shifts);
    }
}
