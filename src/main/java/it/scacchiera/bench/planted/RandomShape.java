package it.scacchiera.bench.planted;

import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Shift;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Family R: every seed draws its own shape (rooms, desks, max-occupancy or none, a set of shifts, the
 * sanitisation gap, one or two weeks from a Monday that may hold a daylight-saving night, New Year or a
 * month end, slack, office-only share, an unauthorised outsourcer or none), so that the benchmark also
 * meets sites unlike the fixed families.
 */
final class RandomShape {
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static final Set<DayOfWeek> MONDAY_TO_SATURDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

    /** Mondays of weeks with the spring and autumn clock changes in Rome, New Year, a February month end. */
    private static final List<LocalDate> MONDAYS = List.of(
            LocalDate.of(2026, 3, 23),
            LocalDate.of(2026, 10, 19),
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2026, 2, 23),
            LocalDate.of(2026, 6, 22));

    private static final List<List<Shift>> SHIFT_SETS = List.of(
            List.of(
                    shift("M", 8, 0, 14, 0, Set.of()),
                    shift("A", 14, 30, 20, 30, Set.of()),
                    shift("E", 16, 0, 22, 0, Set.of())),
            List.of(
                    shift("M", 6, 0, 14, 0, Set.of()),
                    shift("D", 9, 0, 15, 0, WEEKDAYS),
                    shift("P", 14, 0, 22, 0, Set.of()),
                    shift("N", 22, 0, 6, 0, Set.of())),
            List.of(
                    shift("M", 8, 0, 14, 0, Set.of()),
                    shift("D", 9, 0, 18, 0, WEEKDAYS),
                    shift("P", 14, 0, 20, 0, Set.of())),
            List.of(shift("F", 9, 0, 17, 0, MONDAY_TO_SATURDAY), shift("S", 13, 0, 21, 0, WEEKDAYS)),
            List.of(
                    shift("M", 7, 0, 13, 0, Set.of()),
                    shift("P", 13, 0, 19, 0, Set.of()),
                    shift("E", 19, 0, 23, 0, Set.of())));

    private RandomShape() {}

    static Family draw(String name, boolean over, long seed) {
        Random random = new Random(seed * 104_729 + 17);
        List<Shift> shifts = SHIFT_SETS.get(random.nextInt(SHIFT_SETS.size()));
        Map<String, Family.SeatShare> shares = new LinkedHashMap<>();
        for (Shift shift : shifts) {
            shares.put(shift.code(), new Family.SeatShare(random.nextBoolean(), 0.4 + 0.6 * random.nextDouble()));
        }
        int rooms = 1 + random.nextInt(4);
        int desksPerRoom = 60 + random.nextInt(271);
        int roomCapacity = random.nextInt(3) == 0 ? 10_000 : 30 + random.nextInt(91);
        int operators = (int) Math.round(rooms * desksPerRoom * (0.6 + 0.6 * random.nextDouble()));
        return new Family(
                name,
                over,
                new Horizon(MONDAYS.get(random.nextInt(MONDAYS.size())), 1 + random.nextInt(2)),
                shifts,
                List.of(15, 30, 45, 60).get(random.nextInt(4)),
                rooms,
                desksPerRoom,
                roomCapacity,
                shares,
                operators,
                List.of("Acme"),
                random.nextBoolean() ? "Gamma" : null,
                0.005 + 0.025 * random.nextDouble(),
                0.5 + 0.4 * random.nextDouble());
    }

    private static Shift shift(String code, int h1, int m1, int h2, int m2, Set<DayOfWeek> days) {
        return new Shift(code, code, LocalTime.of(h1, m1), LocalTime.of(h2, m2), days);
    }
}
