package it.scacchiera.crosscheck;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import it.scacchiera.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One small site whose every rule can be broken by hand. Room r (max-occupancy 3, one S post, so 2
 * operators at once): A1 touches the S post B1, A2–A3 and A3–B3 are side by side, B2 is X, A4 floor,
 * B4 wall. o1 is off on Wednesday; o3 (Acme Srl, authorised) works only M; o4 (Beta, not authorised)
 * works 2 days a week.
 */
final class HandMadeSite {
    static final String FLOOR = "name: R\nmax-occupancy: 3\ngrid:\nDDD.\nSXD#\n";
    static final String SHIFTS = """
            code,name,start,end,days
            M,Morning,08:00,14:00,Mon-Fri
            P,Afternoon,14:00,20:00,Mon-Fri
            Q,Late afternoon,14:30,20:00,Mon-Fri
            N,Night,22:00,06:00,
            E,Early,06:00,14:00,
            R,Seven,07:00,13:00,
            """;
    static final String OPERATORS = """
            id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset
            o1,One,t1,,INFO,yes,5,,2026-12-16,H1
            o2,Two,t1,in-house,INFO|TECH,no,5,,,H2
            o3,Three,t2,Acme Srl,TECH,yes,5,M,,H3
            o4,Four,t2,Beta,INFO,yes,2,,,H4
            """;
    static final String DEMAND = """
            date,shift,service,required,calls,aht,sl_percent,sl_seconds
            2026-12-14,M,INFO,2,,,,
            Tue,P,TECH,,20,300,80,20
            """;

    private HandMadeSite() {}

    static SiteFiles write(Path dir) throws IOException {
        Path floors = Files.createDirectories(dir.resolve("floors"));
        Files.writeString(floors.resolve("r.floor"), FLOOR);
        Files.writeString(dir.resolve("shifts.csv"), SHIFTS);
        Files.writeString(dir.resolve("operators.csv"), OPERATORS);
        Files.writeString(dir.resolve("demand.csv"), DEMAND);
        return new SiteFiles(dir, floors, 1, "Acme Srl", 30);
    }

    /**
     * Entries from lines like {@code "o1 Mon M A2"} or {@code "o3 Tue M remote TECH"}: operator,
     * weekday of the horizon's first week, shift, desk of room r or remote, service (default: the first skill).
     */
    static List<ScheduleEntry> entries(Site site, String... lines) {
        return Arrays.stream(lines).map(line -> entry(site, line)).toList();
    }

    private static ScheduleEntry entry(Site site, String line) {
        String[] part = line.split(" ");
        Operator operator = site.operators().stream()
                .filter(o -> o.id().equals(part[0]))
                .findFirst()
                .orElseThrow();
        DayOfWeek day = Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().startsWith(part[1].toUpperCase()))
                .findFirst()
                .orElseThrow();
        LocalDate date = RandomSite.MONDAY.plusDays(day.ordinal());
        Shift shift = site.shiftsByCode().get(part[2]);
        boolean remote = part[3].equals("remote");
        String service = part.length > 4 ? part[4] : operator.skills().get(0);
        return SolverVerifyAgreementTest.entry(
                operator, date, shift, service, remote ? null : "r", remote ? null : DeskId.parse(part[3]));
    }
}
