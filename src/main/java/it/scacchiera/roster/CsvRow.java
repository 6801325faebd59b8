package it.scacchiera.roster;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One data record of a {@link CsvTable}: its cells by column name, each parsed or failing at its place. */
final class CsvRow {
    // exactly HH:MM (SPEC §2): 8:00, 24:00 and 08:60 are malformed, not guessed at
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final String fileName;
    private final Map<String, Integer> header;
    private final String[] values;
    private final CellPositions.RecordCells cells;

    CsvRow(String fileName, Map<String, Integer> header, String[] values, CellPositions.RecordCells cells) {
        this.fileName = fileName;
        this.header = header;
        this.values = values.clone();
        this.cells = cells;
    }

    /** The cell's text without surrounding blanks; empty when the column or the cell is missing. */
    String get(String column) {
        Integer index = header.get(column);
        return index == null || index >= values.length ? "" : values[index].strip();
    }

    /** Where the cell starts; the record's start when the file has no such column. */
    SourcePosition at(String column) {
        Integer index = header.get(column);
        int col = index == null ? cells.columnOf(0) : cells.columnOf(index);
        return new SourcePosition(fileName, cells.line(), col);
    }

    InputException error(String column, String problem, String expected) {
        return new InputException(at(column), problem, expected);
    }

    String required(String column, String expected) throws InputException {
        String value = get(column);
        if (value.isEmpty()) {
            throw error(column, "missing " + column, expected);
        }
        return value;
    }

    LocalTime time(String column) throws InputException {
        var matcher = TIME.matcher(required(column, "a time HH:MM"));
        if (!matcher.matches()) {
            throw error(column, "bad time '" + get(column) + "' in " + column, "a time HH:MM, 00:00 to 23:59");
        }
        return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole number in [min, max], or {@code otherwise} when the cell is empty. */
    int integer(String column, int otherwise, int min, int max) throws InputException {
        String value = get(column);
        if (value.isEmpty()) {
            return otherwise;
        }
        String expected = "a whole number from " + min + " to " + max;
        if (!INTEGER.matcher(value).matches()) {
            throw error(column, "bad number '" + value + "' in " + column, expected);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw error(column, column + " " + number + " out of range", expected);
        }
        return number;
    }

    /** A number with '.' as the decimal point, at least {@code min} (above it when {@code strict}). */
    double decimal(String column, double min, boolean strict, double max) throws InputException {
        String bound = (strict ? "above " : "at least ")
                + format(min)
                + (max < Double.MAX_VALUE ? " and below " + format(max) : "");
        String expected = "a number " + bound + ", '.' as decimal point";
        String value = required(column, expected);
        if (!DECIMAL.matcher(value).matches()) {
            throw error(column, "bad number '" + value + "' in " + column, expected);
        }
        double number = Double.parseDouble(value);
        if (number < min || (strict && number == min) || number >= max) {
            throw error(column, column + " " + value + " out of range", expected);
        }
        return number;
    }

    boolean yesNo(String column, boolean otherwise) throws InputException {
        String value = get(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> otherwise;
            case "yes" -> true;
            case "no" -> false;
            default -> throw error(column, "bad " + column + " '" + get(column) + "'", "yes or no");
        };
    }

    /** Items joined by '|', each without surrounding blanks, empty items dropped. */
    List<String> list(String column) {
        return Arrays.stream(get(column).split("\\|"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
