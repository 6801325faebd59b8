package it.scacchiera.roster;

import it.scacchiera.files.OutputFile;
import it.scacchiera.input.InputException;
import it.scacchiera.input.Utf8Text;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes absences marked in the app into {@code operators.csv} (the {@code unavailable} column, ISO dates
 * joined by {@code |}), so that the command line plans around them too. Only that one cell of the operator's
 * row changes (the column is added at the header's end when the file has none): other columns, the
 * delimiter, quoting, line ends and row order stay as the user saved them. The new text is read back with
 * {@link OperatorsReader} before anything is written, and written all or nothing through {@link OutputFile}.
 */
public final class UnavailableWriter {
    private static final String COLUMN = "unavailable";
    private static final char BOM = '\uFEFF';

    /**
     * Adds {@code dates} to the operator's unavailable dates in {@code file}; dates already there are kept
     * once. The file is not touched when nothing changes.
     *
     * @throws InputException when the file on disk no longer reads as a valid operators.csv
     * @throws IllegalArgumentException when the file has no operator {@code operatorId}
     */
    public void add(Path file, Map<String, Shift> shiftsByCode, String operatorId, Set<LocalDate> dates)
            throws IOException, InputException {
        String text = Utf8Text.read(file);
        String changed = withDates(file.getFileName().toString(), text, shiftsByCode, operatorId, dates);
        if (!changed.equals(text)) {
            OutputFile.writeText(file, out -> out.write(changed));
        }
    }

    /** The file's text with the dates added to the operator's row. */
    String withDates(
            String fileName, String text, Map<String, Shift> shiftsByCode, String operatorId, Set<LocalDate> dates)
            throws InputException {
        var reader = new OperatorsReader();
        List<Operator> before = reader.read(fileName, text, shiftsByCode);
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        char delimiter = CsvTable.delimiterOf(text.substring(start));
        List<CsvCellRanges.Line> lines = CsvCellRanges.of(text, start, delimiter);
        CsvCellRanges.Line header = lines.get(0);
        int idColumn = column(text, header, "id");
        int column = column(text, header, COLUMN);
        CsvCellRanges.Line row = lines.stream()
                .skip(1)
                .filter(line -> line.value(text, idColumn).equals(operatorId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(fileName + ": no operator '" + operatorId + "'"));
        var out = new StringBuilder(text);
        replace(
                out,
                text,
                row,
                column < 0 ? header.cells().size() : column,
                delimiter,
                merged(text, row, column, dates));
        if (column < 0) {
            out.insert(header.end(), delimiter + COLUMN); // the header comes first: the row's offsets stay valid
        }
        String changed = out.toString();
        check(reader.read(fileName, changed, shiftsByCode), before, operatorId, dates);
        return changed;
    }

    /** The index of the column named {@code name} (first of equal names, any case), or -1. */
    private static int column(String text, CsvCellRanges.Line header, String name) {
        for (int i = 0; i < header.cells().size(); i++) {
            if (header.value(text, i).toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The items already in the cell, as written, then the new dates in order. */
    private static String merged(String text, CsvCellRanges.Line row, int column, Set<LocalDate> dates) {
        var items = new ArrayList<String>();
        var present = new HashSet<LocalDate>();
        if (column >= 0) {
            for (String item : row.value(text, column).split("\\|")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                    present.add(LocalDate.parse(item.strip())); // the reader has accepted it
                }
            }
        }
        new TreeSet<>(dates)
                .stream().filter(present::add).map(LocalDate::toString).forEach(items::add);
        return String.join("|", items);
    }

    private static void replace(
            StringBuilder out, String text, CsvCellRanges.Line row, int column, char delimiter, String value) {
        int cells = row.cells().size();
        if (column < cells) {
            int[] range = row.cells().get(column);
            out.replace(range[0], range[1], row.quoted(text, column) ? '"' + value + '"' : value);
        } else {
            out.insert(row.end(), String.valueOf(delimiter).repeat(column - cells + 1) + value);
        }
    }

    /** Every operator reads back as before but for the new dates: else nothing is written. */
    private static void check(List<Operator> after, List<Operator> before, String operatorId, Set<LocalDate> dates) {
        var expected = new ArrayList<Operator>(before.size());
        for (Operator o : before) {
            if (o.id().equals(operatorId)) {
                var unavailable = new HashSet<>(o.unavailable());
                unavailable.addAll(dates);
                o = new Operator(
                        o.id(),
                        o.name(),
                        o.team(),
                        o.employer(),
                        o.skills(),
                        o.remote(),
                        o.daysPerWeek(),
                        o.shifts(),
                        unavailable,
                        o.headset());
            }
            expected.add(o);
        }
        if (!after.equals(expected)) {
            throw new IllegalStateException(
                    "operators.csv would change beyond the absence of " + operatorId + "; it was not written");
        }
    }
}
