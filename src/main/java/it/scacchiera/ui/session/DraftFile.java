package it.scacchiera.ui.session;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Pin;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.ui.plan.SolveSettings;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One draft in one file ({@code autosave/draft.properties}), replaced whole by each autosave: the
 * schedule rows and pins are CSV text inside it, so there is never a new schedule with old pins.
 */
public final class DraftFile {
    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setNullString("\\N").get();

    private final Path file;

    public DraftFile(Path dataFolder) {
        this.file = dataFolder.resolve("autosave").resolve("draft.properties");
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    public void write(Draft draft) throws IOException {
        var p = new Properties();
        p.setProperty("site", draft.site().toString());
        p.setProperty("from", draft.horizon().from().toString());
        p.setProperty("weeks", Integer.toString(draft.horizon().weeks()));
        p.setProperty(
                "timeLimitMillis", Long.toString(draft.settings().timeLimit().toMillis()));
        p.setProperty("sanitizeMinutes", Integer.toString(draft.settings().sanitizeMinutes()));
        p.setProperty(
                "remoteEmployers", csv(List.of(List.copyOf(draft.settings().remoteEmployers()))));
        p.setProperty("savedAt", draft.savedAt().toString());
        p.setProperty(
                "entries", csv(draft.entries().stream().map(DraftFile::row).toList()));
        p.setProperty("pins", csv(draft.pins().stream().map(DraftFile::row).toList()));
        PropertiesFile.write(file, p);
    }

    /** @throws IOException when missing or not a draft this app wrote */
    public Draft read() throws IOException {
        Properties p = PropertiesFile.read(file);
        try {
            List<CSVRecord> employers = records(p.getProperty("remoteEmployers"));
            return new Draft(
                    Path.of(p.getProperty("site")),
                    new Horizon(LocalDate.parse(p.getProperty("from")), Integer.parseInt(p.getProperty("weeks"))),
                    new SolveSettings(
                            Duration.ofMillis(Long.parseLong(p.getProperty("timeLimitMillis"))),
                            employers.isEmpty()
                                    ? Set.of()
                                    : employers.get(0).stream()
                                            .filter(name -> name != null && !name.isEmpty())
                                            .collect(Collectors.toSet()),
                            Integer.parseInt(p.getProperty("sanitizeMinutes"))),
                    parse(p.getProperty("entries"), DraftFile::entry),
                    parse(p.getProperty("pins"), DraftFile::pin),
                    Instant.parse(p.getProperty("savedAt")));
        } catch (RuntimeException e) { // a missing key, a bad number: not a draft we can give back
            throw new IOException(file + " is not a complete draft: " + e.getMessage(), e);
        }
    }

    private static List<String> row(ScheduleEntry e) {
        return java.util.Arrays.asList(
                e.date().toString(),
                e.shift(),
                e.start().toString(),
                e.end().toString(),
                e.operatorId(),
                e.operatorName(),
                e.team(),
                e.employer(),
                e.service(),
                e.room(),
                e.desk() == null ? null : e.desk().label(),
                e.headset());
    }

    private static ScheduleEntry entry(CSVRecord r) {
        return new ScheduleEntry(
                LocalDate.parse(r.get(0)),
                r.get(1),
                LocalTime.parse(r.get(2)),
                LocalTime.parse(r.get(3)),
                r.get(4),
                r.get(5),
                r.get(6),
                r.get(7),
                r.get(8),
                r.get(9),
                r.get(10) == null ? null : DeskId.parse(r.get(10)),
                r.get(11));
    }

    private static List<String> row(Pin pin) {
        return java.util.Arrays.asList(
                pin.operatorId(),
                pin.date().toString(),
                pin.shift(),
                pin.service(),
                pin.roomId(),
                pin.desk() == null ? null : pin.desk().label());
    }

    private static Pin pin(CSVRecord r) {
        return new Pin(
                r.get(0),
                LocalDate.parse(r.get(1)),
                r.get(2),
                r.get(3),
                r.get(4),
                r.get(5) == null ? null : DeskId.parse(r.get(5)));
    }

    private static String csv(List<List<String>> rows) {
        var text = new StringWriter();
        try (var printer = CSV.print(text)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return text.toString();
    }

    private static List<CSVRecord> records(String text) throws IOException {
        try (var parser = CSV.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static <T> List<T> parse(String text, Function<CSVRecord, T> read) throws IOException {
        var out = new ArrayList<T>();
        for (CSVRecord r : records(text)) {
            out.add(read.apply(r));
        }
        return out;
    }
}
