package it.scacchiera.export;

import it.scacchiera.export.CsvCells.Cell;
import it.scacchiera.export.CsvCells.Row;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.input.ControlCharacters;
import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import it.scacchiera.input.Utf8Text;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the schedule CSV of SPEC §4 back. The delimiter is taken from the header; a BOM and CRLF are
 * fine; one formula-guard {@code '} is removed where the writer adds it (before = + - @ tab CR,
 * or before further quotes and one of those). Unknown columns are
 * ignored; operator_name, team, employer and headset may be absent (then they come from the operator).
 *
 * <p>Cross-checks run only for the catalogues given with {@code with…}: operator ids and shift codes
 * must exist, office rooms must exist. Start and end must equal the shift's; without shifts, every
 * row of a shift code must carry the same start and end as its first row. A desk id that names no
 * {@code D} of the room is accepted here: it is a planning-rule violation (rule 2), which verify reports.
 */
public final class ScheduleCsvReader {
    private static final List<String> REQUIRED =
            List.of("date", "shift", "start", "end", "operator_id", "service", "location", "room", "desk");
    private static final Pattern HH_MM = Pattern.compile("\\d\\d:\\d\\d");

    // null: that check is not asked for (the `sheet` verb has floors but no shifts or operators).
    private final Map<String, Shift> shifts;
    private final Map<String, Operator> operators;
    private final Map<String, Floor> rooms;

    public ScheduleCsvReader() {
        this(null, null, null);
    }

    private ScheduleCsvReader(Map<String, Shift> shifts, Map<String, Operator> operators, Map<String, Floor> rooms) {
        this.shifts = shifts;
        this.operators = operators;
        this.rooms = rooms;
    }

    public ScheduleCsvReader withShifts(List<Shift> known) {
        return new ScheduleCsvReader(index(known, Shift::code), operators, rooms);
    }

    public ScheduleCsvReader withOperators(List<Operator> known) {
        return new ScheduleCsvReader(shifts, index(known, Operator::id), rooms);
    }

    public ScheduleCsvReader withFloors(List<Floor> known) {
        return new ScheduleCsvReader(shifts, operators, index(known, Floor::id));
    }

    public List<ScheduleEntry> read(Path file) throws IOException, InputException {
        return read(file.getFileName().toString(), Utf8Text.read(file));
    }

    public List<ScheduleEntry> read(String fileName, String text) throws InputException {
        return readRows(fileName, text).stream().map(ScheduleRow::entry).toList();
    }

    /** The rows with the position of each date, for a message about one row. */
    public List<ScheduleRow> readRows(Path file) throws IOException, InputException {
        return readRows(file.getFileName().toString(), Utf8Text.read(file));
    }

    public List<ScheduleRow> readRows(String fileName, String text) throws InputException {
        char delimiter = CsvCells.detectDelimiter(text);
        List<Row> rows = CsvCells.parse(fileName, text, delimiter);
        ControlCharacters.check(fileName, text.startsWith("\uFEFF") ? text.substring(1) : text, delimiter);
        if (rows.isEmpty()) {
            throw new InputException(new SourcePosition(fileName, 1, 1), "empty file", "the header row");
        }
        Map<String, Integer> columns = header(fileName, rows.get(0));
        Map<String, LocalTime[]> timesByShift = new HashMap<>();
        List<ScheduleRow> entries = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(cell -> cell.value().isBlank())) {
                continue; // a line of bare delimiters, as spreadsheets leave below the data
            }
            RowReader reader = new RowReader(fileName, row, columns);
            entries.add(new ScheduleRow(reader.entry(timesByShift), reader.at("date")));
        }
        return List.copyOf(entries);
    }

    private static Map<String, Integer> header(String fileName, Row row) throws InputException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            String name = cell.value().strip().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, i) != null && !name.isEmpty()) {
                throw new InputException(
                        new SourcePosition(fileName, cell.line(), cell.column()),
                        "column '" + name + "' twice",
                        "each column once");
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new InputException(
                        new SourcePosition(fileName, row.line(), 1),
                        "missing column '" + name + "'",
                        String.join(",", ScheduleCsvWriter.HEADER));
            }
        }
        return columns;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> a));
    }

    /** Reads the cells of one data row, each error at the cell it is about. */
    private final class RowReader {
        private final String fileName;
        private final Row row;
        private final Map<String, Integer> columns;

        RowReader(String fileName, Row row, Map<String, Integer> columns) {
            this.fileName = fileName;
            this.row = row;
            this.columns = columns;
        }

        ScheduleEntry entry(Map<String, LocalTime[]> timesByShift) throws InputException {
            LocalDate date = date();
            String shiftCode = required("shift", "a shift code");
            Shift shift = null;
            if (shifts != null) {
                shift = shifts.get(shiftCode);
                if (shift == null) {
                    throw error("shift", "unknown shift '" + shiftCode + "'", "one of " + shifts.keySet());
                }
            }
            LocalTime start = time("start");
            LocalTime end = time("end");
            LocalTime[] expected = shift != null
                    ? new LocalTime[] {shift.start(), shift.end()}
                    : timesByShift.computeIfAbsent(shiftCode, code -> new LocalTime[] {start, end});
            String whose = shift != null ? "shift " + shiftCode : "the first row of shift " + shiftCode;
            if (!start.equals(expected[0])) {
                throw error("start", "start differs from " + whose, Times.format(expected[0]));
            }
            if (!end.equals(expected[1])) {
                throw error("end", "end differs from " + whose, Times.format(expected[1]));
            }
            String operatorId = required("operator_id", "an operator id");
            Operator operator = null;
            if (operators != null) {
                operator = operators.get(operatorId);
                if (operator == null) {
                    throw error("operator_id", "unknown operator '" + operatorId + "'", "an id of operators.csv");
                }
            }
            String service = required("service", "a service code");
            String location = value("location").toLowerCase(Locale.ROOT);
            String room = value("room");
            String deskText = value("desk");
            DeskId desk = null;
            if (location.equals("remote")) {
                if (!room.isEmpty()) {
                    throw error("room", "a room on a remote row", "an empty room");
                }
                if (!deskText.isEmpty()) {
                    throw error("desk", "a desk on a remote row", "an empty desk");
                }
                room = null;
            } else if (location.equals("office")) {
                room = required("room", "a room id");
                if (rooms != null && !rooms.containsKey(room)) {
                    throw error("room", "unknown room '" + room + "'", "one of " + rooms.keySet());
                }
                desk = desk(required("desk", "a desk id such as B3"));
            } else {
                throw error("location", "unknown location '" + location + "'", "office or remote");
            }
            return new ScheduleEntry(
                    date,
                    shiftCode,
                    start,
                    end,
                    operatorId,
                    optional("operator_name", operator == null ? "" : operator.name()),
                    optional("team", operator == null ? "" : operator.team()),
                    optional("employer", operator == null ? Operator.IN_HOUSE : operator.employer()),
                    service,
                    room,
                    desk,
                    optional("headset", operator == null ? "" : operator.headset()));
        }

        private LocalDate date() throws InputException {
            String text = required("date", "an ISO date such as 2026-11-23");
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error("date", "malformed date '" + text + "'", "an ISO date such as 2026-11-23");
            }
        }

        private LocalTime time(String column) throws InputException {
            String text = required(column, "a time HH:MM");
            try {
                if (HH_MM.matcher(text).matches()) {
                    return LocalTime.parse(text);
                }
            } catch (DateTimeParseException e) {
                // falls through to the error below: the digits are no time of day
            }
            throw error(column, "malformed time '" + text + "'", "a time HH:MM such as 08:00");
        }

        private DeskId desk(String text) throws InputException {
            try {
                return DeskId.parse(text);
            } catch (IllegalArgumentException e) {
                throw error("desk", "malformed desk id '" + text + "'", "a desk id such as B3");
            }
        }

        private String value(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= row.cells().size()) {
                return "";
            }
            return FormulaGuard.unguard(row.cells().get(index).value().strip());
        }

        private String required(String column, String expected) throws InputException {
            String text = value(column);
            if (text.isEmpty()) {
                throw error(column, "missing " + column, expected);
            }
            return text;
        }

        private String optional(String column, String fallback) {
            String text = value(column);
            return text.isEmpty() ? fallback : text;
        }

        private InputException error(String column, String problem, String expected) {
            return new InputException(at(column), problem, expected);
        }

        SourcePosition at(String column) {
            int index = columns.get(column);
            if (index >= row.cells().size()) { // a short row: the missing cell is where the record ends
                return new SourcePosition(fileName, row.endLine(), row.endColumn());
            }
            Cell cell = row.cells().get(index);
            return new SourcePosition(fileName, cell.line(), cell.column());
        }
    }
}
