package it.scacchiera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contact list against every pair of rows compared the plain way, on random plans. */
class ContactListPropertyTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    // around the nights the clocks change, and an ordinary week
    private static final List<LocalDate> FIRST_DAYS =
            List.of(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 10, 22), LocalDate.of(2026, 12, 14));

    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    /** What one contact row says, distance aside. */
    record Key(ScheduleEntry row, ScheduleEntry contact, long overlap, String reason) {}

    @ParameterizedTest
    @MethodSource("seeds")
    void of_randomPlan_equalsBruteForce(int seed) {
        var random = new Random(seed);
        List<Floor> floors = List.of(floor("r1", random), floor("r2", random));
        List<ScheduleEntry> schedule = schedule(random, floors);
        String operator = schedule.get(random.nextInt(schedule.size())).operatorId();
        LocalDate first = schedule.get(0).date();
        LocalDate from = first.plusDays(random.nextInt(3));
        LocalDate to = from.plusDays(random.nextInt(4));

        List<Contact> contacts = new ContactList(floors, ROME).of(operator, from, to, schedule);

        List<Contact> expected = bruteForce(floors, schedule, operator, from, to);
        assertEquals(keys(expected), keys(contacts), "seed " + seed);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(
                    expected.get(i).distanceMetres(),
                    contacts.get(i).distanceMetres(),
                    1e-9,
                    "seed " + seed + " row " + i);
        }
    }

    private static List<Key> keys(List<Contact> contacts) {
        return contacts.stream()
                .map(c -> new Key(
                        c.row(), c.contact(), c.overlapMinutes(), c.reason().text()))
                .toList();
    }

    private static List<Contact> bruteForce(
            List<Floor> floors, List<ScheduleEntry> schedule, String operator, LocalDate from, LocalDate to) {
        var found = new ArrayList<Contact>();
        for (ScheduleEntry a : schedule) {
            boolean asked = a.operatorId().equals(operator)
                    && a.room() != null
                    && a.date().compareTo(from) >= 0
                    && a.date().compareTo(to) <= 0;
            for (ScheduleEntry b : schedule) {
                if (!asked
                        || b.room() == null
                        || b.operatorId().equals(operator)
                        || !b.room().equals(a.room())) {
                    continue;
                }
                long overlap = Math.min(end(a), end(b)) - Math.max(start(a), start(b));
                if (overlap > 0) {
                    Floor floor = floors.stream()
                            .filter(f -> f.id().equals(a.room()))
                            .findFirst()
                            .orElseThrow();
                    found.add(new Contact(
                            a, b, centreDistance(floor, a.desk(), b.desk()), overlap, ContactReason.SAME_ROOM));
                }
                long gap = Math.max(start(a), start(b)) - Math.min(end(a), end(b));
                if (a.desk().equals(b.desk()) && gap <= 24 * 60) {
                    found.add(new Contact(a, b, BigDecimal.ZERO, 0, ContactReason.SAME_DESK));
                }
            }
        }
        found.sort(Comparator.comparing((Contact c) -> c.row().date())
                .thenComparing(c -> c.row().start())
                .thenComparing(c -> c.row().shift())
                .thenComparing(Contact::squaredDistance)
                .thenComparing(c -> c.contact().operatorId())
                .thenComparing(Contact::reason)
                .thenComparing(c -> c.contact().date())
                .thenComparing(c -> c.contact().start()));
        return found;
    }

    /** From the two centres themselves, exactly: (x₁ − x₂)² + (y₁ − y₂)². */
    private static BigDecimal centreDistance(Floor floor, DeskId a, DeskId b) {
        BigDecimal dx = centre(a.column() - 1, floor.cell().width())
                .subtract(centre(b.column() - 1, floor.cell().width()));
        BigDecimal dy = centre(a.row(), floor.cell().depth())
                .subtract(centre(b.row(), floor.cell().depth()));
        return dx.pow(2).add(dy.pow(2));
    }

    private static BigDecimal centre(int index, BigDecimal size) {
        return BigDecimal.valueOf(index).add(new BigDecimal("0.5")).multiply(size);
    }

    /** Epoch minutes of the start in Rome. */
    private static long start(ScheduleEntry e) {
        return minutes(LocalDateTime.of(e.date(), e.start()));
    }

    private static long end(ScheduleEntry e) {
        LocalDate day = e.end().compareTo(e.start()) <= 0 ? e.date().plusDays(1) : e.date();
        return minutes(LocalDateTime.of(day, e.end()));
    }

    private static long minutes(LocalDateTime local) {
        Instant instant = local.atZone(ROME).toInstant();
        return instant.getEpochSecond() / 60;
    }

    private static Floor floor(String id, Random random) {
        var cell = new CellSize(
                BigDecimal.valueOf(6 + random.nextInt(15), 1), BigDecimal.valueOf(6 + random.nextInt(15), 1));
        int rows = 1 + random.nextInt(4);
        int columns = 1 + random.nextInt(6);
        return new Floor(
                id,
                "Room " + id,
                List.of(),
                cell,
                DistanceRule.CHECKERBOARD,
                Floor.NO_LIMIT,
                Collections.nCopies(rows, "D".repeat(columns)));
    }

    private static List<ScheduleEntry> schedule(Random random, List<Floor> floors) {
        LocalDate first = FIRST_DAYS.get(random.nextInt(FIRST_DAYS.size()));
        int operators = 2 + random.nextInt(10);
        int count = 1 + random.nextInt(40);
        var entries = new ArrayList<ScheduleEntry>();
        for (int i = 0; i < count; i++) {
            LocalTime start = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
            LocalTime end = start.plusMinutes(30 + random.nextInt(16) * 30L);
            Floor floor = floors.get(random.nextInt(floors.size()));
            boolean remote = random.nextInt(6) == 0;
            DeskId desk = DeskId.ofCell(random.nextInt(floor.rows()), random.nextInt(floor.columns()));
            String id = "op" + random.nextInt(operators);
            entries.add(new ScheduleEntry(
                    first.plusDays(random.nextInt(5)),
                    "S" + start.getHour(),
                    start,
                    end,
                    id,
                    "Name " + id,
                    "",
                    "",
                    "X",
                    remote ? null : floor.id(),
                    remote ? null : desk,
                    ""));
        }
        entries.sort(Comparator.comparing(ScheduleEntry::date));
        return entries;
    }
}
