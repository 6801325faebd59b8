package it.scacchiera.export;

import it.scacchiera.files.OutputFile;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes the schedule CSV of SPEC §4: fixed columns, fixed order, RFC 4180 quoting, formula guard. */
public final class ScheduleCsvWriter {
    public static final List<String> HEADER = List.of(
            "date",
            "shift",
            "start",
            "end",
            "operator_id",
            "operator_name",
            "team",
            "employer",
            "service",
            "location",
            "room",
            "desk",
            "headset");

    /** SPEC §4 order: date, shift start, shift code; office rows by room and desk, then remote rows by operator. */
    public static final Comparator<ScheduleEntry> ORDER = Comparator.comparing(ScheduleEntry::date)
            .thenComparing(ScheduleEntry::start)
            .thenComparing(ScheduleEntry::shift)
            .thenComparing(ScheduleEntry::remote)
            .thenComparing(e -> e.remote() ? "" : e.room())
            .thenComparing(e -> e.desk(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ScheduleEntry::operatorId);

    private final char delimiter;

    /** @param delimiter {@code ','} or {@code ';'} */
    public ScheduleCsvWriter(char delimiter) {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("delimiter must be ',' or ';'");
        }
        this.delimiter = delimiter;
    }

    public ScheduleCsvWriter() {
        this(',');
    }

    /**
     * Writes the schedule to {@code file} through {@link OutputFile}: all or nothing, a link followed, the
     * file's permissions kept. Missing parent folders are made, so that {@code --out plans/week.csv} does
     * not throw away a finished solve.
     */
    public void write(Path file, List<ScheduleEntry> entries) throws IOException {
        OutputFile.writeText(file, out -> write(out, entries));
    }

    /**
     * RFC 4180 records ending in CRLF. A cell is quoted when it holds the delimiter, a quote, a tab or
     * starts or ends with a blank, so the reader, which takes a tab only inside quotes, reads it back.
     *
     * @throws IllegalArgumentException for a cell with a line break or another control character, which
     *     no reader accepts (SPEC §5); every reader refuses them, so only a caller's bug gets here
     */
    public void write(Appendable out, List<ScheduleEntry> entries) throws IOException {
        List<ScheduleEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        record(out, HEADER);
        for (ScheduleEntry e : sorted) {
            record(out, row(e).stream().map(ScheduleCsvWriter::guard).toList());
        }
    }

    private void record(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    private String quoted(String cell) {
        cell.codePoints()
                .filter(c -> Character.isISOControl(c) && c != '\t')
                .findFirst()
                .ifPresent(c -> {
                    throw new IllegalArgumentException(
                            String.format("control character U+%04X in the cell '%s'", c, cell.strip()));
                });
        boolean quote = !cell.isEmpty()
                && (cell.indexOf(delimiter) >= 0
                        || cell.indexOf('"') >= 0
                        || cell.indexOf('\t') >= 0
                        || cell.charAt(0) <= ' '
                        || cell.charAt(cell.length() - 1) <= ' ');
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    static List<String> row(ScheduleEntry e) {
        String employer = e.employer() == null || e.employer().isBlank() ? Operator.IN_HOUSE : e.employer();
        return List.of(
                e.date().toString(),
                e.shift(),
                Times.format(e.start()),
                Times.format(e.end()),
                e.operatorId(),
                nullToEmpty(e.operatorName()),
                nullToEmpty(e.team()),
                employer,
                e.service(),
                e.remote() ? "remote" : "office",
                e.remote() ? "" : e.room(),
                e.remote() || e.desk() == null ? "" : e.desk().label(),
                nullToEmpty(e.headset()));
    }

    /** Spreadsheets run a cell starting with = + - @ tab or CR as a formula; a leading ' stops that. */
    public static String guard(String cell) {
        return FormulaGuard.needsGuard(cell) ? "'" + cell : cell;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
