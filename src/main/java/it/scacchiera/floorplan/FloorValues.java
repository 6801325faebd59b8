package it.scacchiera.floorplan;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the values of a floorplan header (SPEC §1); a bad value fails at its first character. */
final class FloorValues {
    // A plain decimal with '.' as its point: "0.5", ".5" and "1." all are; no sign, no exponent.
    private static final String NUMBER = "(\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern CELL = Pattern.compile(NUMBER + "[ \\t]*[xX×][ \\t]*" + NUMBER);
    private static final Pattern METRES = Pattern.compile(NUMBER + "[ \\t]*[mM]");
    private static final Pattern WHOLE = Pattern.compile("\\d+");

    private FloorValues() {}

    static String name(String value, SourcePosition at) throws InputException {
        if (value.isEmpty()) {
            throw new InputException(at, "empty name", "the room's display name");
        }
        return value;
    }

    static CellSize cell(String value, SourcePosition at) throws InputException {
        Matcher matcher = CELL.matcher(value);
        String expected = "width x depth in metres, both > 0, e.g. 1.2 x 1.5";
        if (!matcher.matches()) {
            throw new InputException(at, "bad cell size '" + value + "'", expected);
        }
        BigDecimal width = new BigDecimal(matcher.group(1));
        BigDecimal depth = new BigDecimal(matcher.group(2));
        if (width.signum() <= 0 || depth.signum() <= 0) {
            throw new InputException(at, "cell size '" + value + "' is not > 0", expected);
        }
        return new CellSize(width, depth);
    }

    static DistanceRule distance(String value, SourcePosition at) throws InputException {
        String expected = "checkerboard, king or a distance in metres > 0, e.g. 1.8 m";
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("checkerboard")) {
            return DistanceRule.CHECKERBOARD;
        }
        if (lower.equals("king")) {
            return DistanceRule.KING;
        }
        Matcher matcher = METRES.matcher(value);
        if (!matcher.matches()) {
            throw new InputException(at, "bad distance '" + value + "'", expected);
        }
        BigDecimal metres = new BigDecimal(matcher.group(1));
        if (metres.signum() <= 0) {
            throw new InputException(at, "distance '" + value + "' is not > 0", expected);
        }
        return new DistanceRule.Metric(metres);
    }

    static int maxOccupancy(String value, SourcePosition at) throws InputException {
        String expected = "a whole number >= 0";
        if (!WHOLE.matcher(value).matches()) {
            throw new InputException(at, "bad max-occupancy '" + value + "'", expected);
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new InputException(at, "max-occupancy '" + value + "' is too large", expected);
        }
        return number.intValueExact();
    }
}
