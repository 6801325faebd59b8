package it.scacchiera.export;

import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
     * Writes to a temporary file beside {@code file}, then moves it in place, so readers never see half a
     * schedule. Missing parent folders are made, so that {@code --out plans/week.csv} does not throw away
     * a finished solve; a folder in the way fails naming it, not the temporary file.
     */
    public void write(Path file, List<ScheduleEntry> entries) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException(file + " is a folder, not a file");
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(out, entries);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public void write(Appendable out, List<ScheduleEntry> entries) throws IOException {
        List<ScheduleEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(HEADER);
        for (ScheduleEntry e : sorted) {
            printer.printRecord(row(e).stream().map(ScheduleCsvWriter::guard).toList());
        }
        printer.flush();
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
