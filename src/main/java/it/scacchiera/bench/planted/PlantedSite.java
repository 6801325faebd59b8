package it.scacchiera.bench.planted;

import it.scacchiera.export.ScheduleCsvWriter;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorWriter;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A generated site with its hidden plan, as the files a planner would hand to {@code solve} and
 * {@code verify}: the rooms, {@code shifts.csv}, {@code operators.csv}, {@code demand.csv}, the hidden
 * schedule, and {@code site.txt} with the flags to use.
 *
 * @param hidden the planted plan: every hard rule kept; on a family without {@code +} it leaves nothing short
 * @param required the demand's operator-shifts over the horizon
 */
public record PlantedSite(
        Family family,
        long seed,
        List<Floor> floors,
        List<Operator> operators,
        String demandCsv,
        List<ScheduleEntry> hidden,
        int required) {
    public static final String HIDDEN_SCHEDULE = "hidden-schedule.csv";
    public static final String NOTES = "site.txt";

    public PlantedSite {
        floors = List.copyOf(floors);
        operators = List.copyOf(operators);
        hidden = List.copyOf(hidden);
    }

    /** File name → text, rooms first. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        var writer = new FloorWriter();
        floors.forEach(floor -> files.put(floor.id() + ".floor", writer.write(floor)));
        files.put("shifts.csv", shiftsCsv());
        files.put("operators.csv", operatorsCsv());
        files.put("demand.csv", demandCsv);
        files.put(HIDDEN_SCHEDULE, hiddenCsv());
        files.put(NOTES, notes());
        return files;
    }

    /** Writes {@link #files()} into {@code dir}, made if missing. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var file : files().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The flags {@code solve} and {@code verify} need beside the files. */
    public String flags() {
        String flags = "--from " + family.horizon().from() + " --weeks "
                + family.horizon().weeks() + " --sanitize-minutes " + family.sanitizeMinutes();
        return flags + " --remote-employers \"" + family.remoteEmployersOption() + "\"";
    }

    private String shiftsCsv() {
        var text = new StringBuilder("code,name,start,end,days\n");
        for (Shift shift : family.shifts()) {
            String days = shift.days().size() == 7 ? "" : abbreviation(first(shift)) + "-" + abbreviation(last(shift));
            text.append(String.join(
                            ",",
                            shift.code(),
                            shift.name(),
                            shift.start().toString(),
                            shift.end().toString(),
                            days))
                    .append('\n');
        }
        return text.toString();
    }

    private String operatorsCsv() {
        var text = new StringBuilder("id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n");
        for (Operator o : operators) {
            text.append(String.join(
                            ",",
                            o.id(),
                            o.name(),
                            o.team(),
                            o.employer(),
                            String.join("|", o.skills()),
                            o.remote() ? "yes" : "no",
                            Integer.toString(o.daysPerWeek()),
                            String.join("|", new TreeSet<>(o.shifts())),
                            new TreeSet<>(o.unavailable())
                                    .stream().map(Object::toString).collect(Collectors.joining("|")),
                            o.headset()))
                    .append('\n');
        }
        return text.toString();
    }

    private String hiddenCsv() {
        var text = new StringBuilder();
        try {
            new ScheduleCsvWriter().write(text, hidden);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }

    private String notes() {
        int office = (int) hidden.stream().filter(e -> !e.remote()).count();
        return "Planted benchmark site, family " + family.name() + ", seed " + seed + "\n"
                + "rooms " + floors.size() + ", desks "
                + floors.stream().mapToInt(Floor::deskCount).sum()
                + ", operators " + operators.size() + "\n"
                + "hidden plan: " + hidden.size() + " operator-shifts (" + office + " office), required " + required
                + "\n"
                + (family.overDemanded()
                        ? "demand raised beyond the seats in a few shifts: the hidden plan is short there\n"
                        : "the hidden plan leaves nothing short\n")
                + "flags: " + flags() + "\n"
                + "verify --floors DIR --shifts DIR/shifts.csv --operators DIR/operators.csv --demand DIR/demand.csv"
                + " --schedule DIR/" + HIDDEN_SCHEDULE + " " + flags() + "\n";
    }

    private static DayOfWeek first(Shift shift) {
        return shift.days().stream().min(DayOfWeek::compareTo).orElseThrow();
    }

    private static DayOfWeek last(Shift shift) {
        return shift.days().stream().max(DayOfWeek::compareTo).orElseThrow();
    }

    private static String abbreviation(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }
}
