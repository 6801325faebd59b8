package it.scacchiera.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes a random small site as real files (rooms as .floor text, the three planning CSVs), the kind of
 * site a user we have never met could bring: every distance rule, S posts, X desks, screens, occupancy
 * caps, back-to-back and overnight shifts, outsourcers, Erlang C demand rows.
 */
final class RandomSite {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);
    static final List<String> SERVICES = List.of("INFO", "TECH", "SALES");
    static final List<String> EMPLOYERS = List.of("", "", "Acme Srl", "Beta");

    /** code, start, end, days: 08–14/14–20 back to back, 06–14/14–22/22–06 with an overnight one. */
    private static final List<String[]> SHIFTS = List.of(
            new String[] {"M", "08:00", "14:00", "Mon-Fri"},
            new String[] {"P", "14:00", "20:00", "Mon-Fri"},
            new String[] {"N", "22:00", "06:00", ""},
            new String[] {"E", "06:00", "14:00", "Mon|Wed|Sat"},
            new String[] {"L", "14:00", "22:00", ""},
            new String[] {"W", "09:00", "13:00", "Sat-Sun"});

    private RandomSite() {}

    static SiteFiles write(Path dir, Random random) throws IOException {
        return write(dir, random, 9, 2);
    }

    /** A site of 1 to {@code maxOperators} operators planned over 1 to {@code maxWeeks} weeks. */
    static SiteFiles write(Path dir, Random random, int maxOperators, int maxWeeks) throws IOException {
        Path floors = Files.createDirectories(dir.resolve("floors"));
        int rooms = 1 + random.nextInt(3);
        for (int i = 0; i < rooms; i++) {
            Files.writeString(floors.resolve("room-" + (char) ('a' + i) + ".floor"), floor(random));
        }
        int weeks = 1 + random.nextInt(maxWeeks);
        List<String[]> shifts = new ArrayList<>();
        for (String[] shift : SHIFTS) {
            if (random.nextInt(3) > 0) {
                shifts.add(shift);
            }
        }
        if (shifts.isEmpty()) {
            shifts.add(SHIFTS.get(random.nextInt(SHIFTS.size())));
        }
        Files.writeString(dir.resolve("shifts.csv"), shifts(shifts, random));
        Set<String> skills = new HashSet<>();
        Files.writeString(dir.resolve("operators.csv"), operators(shifts, weeks, random, skills, maxOperators));
        Files.writeString(dir.resolve("demand.csv"), demand(shifts, skills, weeks, random));
        String remote =
                switch (random.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> "Acme Srl";
                    case 2 -> " Beta | Acme Srl ";
                    default -> "Beta";
                };
        int sanitize = List.of(0, 30, 30, 30, 45, 600).get(random.nextInt(6));
        return new SiteFiles(dir, floors, weeks, remote, sanitize);
    }

    static String floor(Random random) {
        int rows = 2 + random.nextInt(4);
        int columns = 3 + random.nextInt(5);
        var text = new StringBuilder("# random room\nname: Room " + random.nextInt(100) + "\n");
        switch (random.nextInt(4)) {
            case 0 -> {}
            case 1 -> text.append("distance: king\n");
            case 2 -> text.append("cell: 1.2 x 0.6\ndistance: 1.8 m\n");
            default -> text.append("distance: checkerboard\n");
        }
        if (random.nextInt(3) == 0) {
            text.append("max-occupancy: ").append(random.nextInt(6)).append('\n');
        }
        text.append("grid:\n");
        String cells = "DDDDDDDD.X S|#-";
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                text.append(cells.charAt(random.nextInt(cells.length())));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String shifts(List<String[]> shifts, Random random) {
        char delimiter = random.nextBoolean() ? ',' : ';';
        var text = new StringBuilder(String.join(String.valueOf(delimiter), "code", "name", "start", "end", "days"));
        text.append('\n');
        for (String[] s : shifts) {
            text.append(String.join(String.valueOf(delimiter), s[0], "Shift " + s[0], s[1], s[2], s[3]))
                    .append('\n');
        }
        return text.toString();
    }

    private static String operators(
            List<String[]> shifts, int weeks, Random random, Set<String> skills, int maxOperators) {
        var text = new StringBuilder("id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n");
        int count = 1 + random.nextInt(maxOperators);
        for (int i = 1; i <= count; i++) {
            var mine = new StringJoiner("|");
            int first = random.nextInt(SERVICES.size());
            int n = 1 + random.nextInt(SERVICES.size() - first);
            for (String service : SERVICES.subList(first, first + n)) {
                mine.add(service);
                skills.add(service);
            }
            var allowed = new StringJoiner("|");
            if (random.nextInt(3) == 0) {
                for (String[] s : shifts) {
                    if (random.nextBoolean()) {
                        allowed.add(s[0]);
                    }
                }
            }
            var off = new StringJoiner("|");
            for (int d = -1; d <= weeks * 7; d++) {
                if (random.nextInt(8) == 0) {
                    off.add(MONDAY.plusDays(d).toString());
                }
            }
            text.append("op%02d,Operator %d,team%d,%s,%s,%s,%d,%s,%s,HS%d\n"
                    .formatted(
                            i,
                            i,
                            i % 3,
                            EMPLOYERS.get(random.nextInt(EMPLOYERS.size())),
                            mine,
                            random.nextBoolean() ? "yes" : "no",
                            1 + random.nextInt(7),
                            allowed,
                            off,
                            i));
        }
        return text.toString();
    }

    private static String demand(List<String[]> shifts, Set<String> skills, int weeks, Random random) {
        var text = new StringBuilder("date,shift,service,required,calls,aht,sl_percent,sl_seconds\n");
        for (DayOfWeek day : DayOfWeek.values()) {
            for (String[] s : shifts) {
                for (String service : skills) {
                    if (random.nextInt(3) == 0) {
                        text.append(day.name().charAt(0))
                                .append(day.name().substring(1, 3).toLowerCase())
                                .append(',')
                                .append(s[0])
                                .append(',')
                                .append(service)
                                .append(',')
                                .append(requirement(random))
                                .append('\n');
                    }
                }
            }
        }
        for (int d = 0; d < weeks * 7 + 3; d++) {
            if (random.nextInt(4) == 0) {
                String[] s = shifts.get(random.nextInt(shifts.size()));
                String service = List.copyOf(skills).get(random.nextInt(skills.size()));
                text.append(MONDAY.plusDays(d))
                        .append(',')
                        .append(s[0])
                        .append(',')
                        .append(service)
                        .append(',')
                        .append(requirement(random))
                        .append('\n');
                break; // one dated row: two for the same date, shift and service would be an error
            }
        }
        return text.toString();
    }

    /** required given, or empty and computed with Erlang C from calls, aht and the target. */
    private static String requirement(Random random) {
        if (random.nextInt(3) == 0) {
            int calls = random.nextInt(4) == 0 ? 0 : 5 + random.nextInt(60);
            return "," + calls + "," + (120 + random.nextInt(300)) + ",80,20";
        }
        return random.nextInt(4) + ",,,,";
    }
}
