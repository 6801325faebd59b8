package it.scacchiera.bench.planted;

import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Shift;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A planted benchmark family (issue 8): the shape of its sites before a seed picks the details.
 *
 * @param name {@code S}, {@code N}, {@code L}, {@code H}, {@code W} or {@code R}, with {@code +} for the over-demanded variant
 * @param rooms how many rooms, and about how many desks each
 * @param roomCapacity about the most operators a room should hold: a room whose distance rule seats more gets a
 *     max-occupancy, so sites of the same size have about the same number of operators whatever the rule
 * @param seatShares per shift code: which of the room's two disjoint patterns it fills first and how much of the
 *     room's capacity it takes, so overlapping and back-to-back shifts leave each other seats
 * @param operators about how many operators the site gets
 * @param authorised outsourcers authorised for remote work
 * @param unauthorised an outsourcer not authorised for remote although many of its operators say remote=yes; or
 *     null
 * @param slack share of the hidden plan's operator-shifts the demand does not ask for (supply above demand)
 * @param officeOnlyShare share of a shift's seats the hidden plan gives to operators who cannot work remotely
 */
public record Family(
        String name,
        boolean overDemanded,
        Horizon horizon,
        List<Shift> shifts,
        int sanitizeMinutes,
        int rooms,
        int desksPerRoom,
        int roomCapacity,
        Map<String, SeatShare> seatShares,
        int operators,
        List<String> authorised,
        String unauthorised,
        double slack,
        double officeOnlyShare) {
    /** A shift fills pattern 2 (the second disjoint one) first when {@code second}, up to {@code share} of capacity. */
    public record SeatShare(boolean second, double share) {}

    public static final List<String> NAMES = List.of("S", "N", "L", "H", "W", "R", "S+", "N+", "L+", "H+", "W+", "R+");

    public static final List<String> SERVICES = List.of("INF", "TEC", "COM", "BO");

    /** The service only operators who cannot work remotely have: the over-demanded variants raise it. */
    public static final String OFFICE_ONLY_SERVICE = "BO";

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public static Family of(String name) {
        return of(name, 0);
    }

    /** The family {@code name}; R draws its shape from {@code seed}, the others have one shape for every seed. */
    public static Family of(String name, long seed) {
        boolean over = name.endsWith("+");
        String base = over ? name.substring(0, name.length() - 1) : name;
        return switch (base) {
            case "S" -> small(name, over);
            case "N" -> night(name, over);
            case "L" -> large(name, over);
            case "H" -> hard(name, over);
            case "W" -> wide(name, over);
            case "R" -> RandomShape.draw(name, over, seed);
            default -> throw new IllegalArgumentException("no planted family " + name + "; one of " + NAMES);
        };
    }

    /** Remote outsourcers as the {@code --remote-employers} option writes them. */
    public String remoteEmployersOption() {
        return String.join("|", authorised);
    }

    /** ≈150 desks, ≈180 operators, one week, 16–22 overlapping 14:30–20:30. */
    private static Family small(String name, boolean over) {
        return new Family(
                name,
                over,
                new Horizon(LocalDate.of(2026, 11, 9), 1),
                List.of(
                        shift("M", "Morning", 8, 0, 14, 0, Set.of()),
                        shift("A", "Afternoon", 14, 30, 20, 30, Set.of()),
                        shift("E", "Evening", 16, 0, 22, 0, Set.of())),
                30,
                1,
                150,
                48,
                Map.of(
                        "M", new SeatShare(false, 1.0),
                        "A", new SeatShare(false, 0.55),
                        "E", new SeatShare(false, 1.0)),
                180,
                List.of("Acme"),
                null,
                0.02,
                0.75);
    }

    /** 24/7 with a night shift and a weekday day shift, 60-minute sanitisation, two weeks over New Year. */
    private static Family night(String name, boolean over) {
        return new Family(
                name,
                over,
                new Horizon(LocalDate.of(2026, 12, 28), 2),
                List.of(
                        shift("M", "Morning", 6, 0, 14, 0, Set.of()),
                        shift("D", "Day", 9, 0, 15, 0, WEEKDAYS),
                        shift("P", "Afternoon", 14, 0, 22, 0, Set.of()),
                        shift("N", "Night", 22, 0, 6, 0, Set.of())),
                60,
                2,
                85,
                40,
                Map.of(
                        "M", new SeatShare(false, 0.8),
                        "D", new SeatShare(false, 1.0),
                        "P", new SeatShare(true, 0.8),
                        "N", new SeatShare(true, 0.4)),
                190,
                List.of("Acme"),
                null,
                0.02,
                0.75);
    }

    /** ≈1,300 desks in four rooms, ≈1,000 operators, two weeks, one outsourcer not authorised for remote. */
    private static Family large(String name, boolean over) {
        return new Family(
                name,
                over,
                new Horizon(LocalDate.of(2026, 6, 22), 2),
                List.of(
                        shift("M", "Morning", 8, 0, 14, 0, Set.of()),
                        shift("D", "Day", 9, 0, 18, 0, WEEKDAYS),
                        shift("P", "Afternoon", 14, 0, 20, 0, Set.of())),
                30,
                4,
                330,
                90,
                Map.of(
                        "M", new SeatShare(false, 0.6),
                        "D", new SeatShare(false, 1.0),
                        "P", new SeatShare(true, 1.0)),
                1000,
                List.of("Beta"),
                "Gamma",
                0.015,
                0.7);
    }

    /**
     * L made harder: four shifts where an evening 16–22 overlaps the afternoon and the day shift, a 60-minute
     * gap, 1 % slack, and nine in ten of a shift's seats held by operators who cannot work remotely, so that
     * nearly every coverage gain needs a seat freed in the same window.
     */
    private static Family hard(String name, boolean over) {
        return new Family(
                name,
                over,
                new Horizon(LocalDate.of(2026, 6, 22), 2),
                List.of(
                        shift("M", "Morning", 8, 0, 14, 0, Set.of()),
                        shift("D", "Day", 9, 0, 18, 0, WEEKDAYS),
                        shift("P", "Afternoon", 14, 0, 20, 0, Set.of()),
                        shift("E", "Evening", 16, 0, 22, 0, Set.of())),
                60,
                4,
                330,
                90,
                Map.of(
                        "M", new SeatShare(false, 0.6),
                        "D", new SeatShare(false, 1.0),
                        "P", new SeatShare(true, 0.6),
                        "E", new SeatShare(true, 1.0)),
                1000,
                List.of("Beta"),
                "Gamma",
                0.01,
                0.9);
    }

    /**
     * L with rooms seated by their distance rule alone (no max-occupancy): about 1.5 times the office seats, so
     * the seat layer the search moves through is larger and more operators who cannot work remotely sit in it.
     */
    private static Family wide(String name, boolean over) {
        Family large = large(name, over);
        return new Family(
                name,
                over,
                large.horizon(),
                large.shifts(),
                large.sanitizeMinutes(),
                large.rooms(),
                large.desksPerRoom(),
                10_000,
                large.seatShares(),
                large.operators(),
                large.authorised(),
                large.unauthorised(),
                large.slack(),
                large.officeOnlyShare());
    }

    private static Shift shift(String code, String name, int h1, int m1, int h2, int m2, Set<DayOfWeek> days) {
        return new Shift(code, name, LocalTime.of(h1, m1), LocalTime.of(h2, m2), days);
    }
}
