package it.scacchiera.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.export.ScheduleCsvWriter;
import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The indexed verifier against a plain all-pairs count, on random schedules written and read back as CSV. */
class PlanVerifierPropertyTest {
    private static final List<String> DESKS = List.of("B2", "B3", "B4", "B5", "B6", "C2", "C4", "C6", "A1", "B8");
    private static final Map<String, ConflictGraph> ROOMS =
            Fixture.rooms().stream().collect(Collectors.toMap(g -> g.floor().id(), Function.identity()));

    @TempDir
    Path dir;

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void verify_randomSchedule_sameCountsAsAllPairs(int seed) throws Exception {
        List<ScheduleEntry> written = randomSchedule(new Random(seed));
        Path file = dir.resolve("schedule-" + seed + ".csv");
        new ScheduleCsvWriter(seed % 2 == 0 ? ',' : ';').write(file, written);
        List<ScheduleEntry> entries = new ScheduleCsvReader()
                .withShifts(Fixture.SHIFTS)
                .withOperators(Fixture.OPERATORS)
                .withFloors(Fixture.FLOORS)
                .read(file);
        int sanitize = 15 * (seed % 5);

        var report = new PlanVerifier(
                        Fixture.rooms(),
                        Fixture.SHIFTS,
                        Fixture.OPERATORS,
                        List.of(),
                        Fixture.WEEK,
                        Set.of("Outsourcer Srl"),
                        sanitize)
                .verify(entries);

        assertEquals(Set.copyOf(written), Set.copyOf(entries), "seed " + seed);
        int[] expected = allPairs(entries, sanitize);
        for (int rule : new int[] {1, 2, 3, 6, 8}) {
            assertEquals(expected[rule], report.count(Integer.toString(rule)), "seed " + seed + " rule " + rule);
        }
    }

    private static List<ScheduleEntry> randomSchedule(Random random) {
        List<ScheduleEntry> entries = new ArrayList<>();
        int size = 5 + random.nextInt(60);
        for (int i = 0; i < size; i++) {
            Operator operator = Fixture.OPERATORS.get(random.nextInt(Fixture.OPERATORS.size()));
            Shift shift = Fixture.SHIFTS.get(random.nextInt(Fixture.SHIFTS.size()));
            LocalDate date = Fixture.MON.plusDays(random.nextInt(8) - 1);
            boolean remote = random.nextInt(6) == 0;
            String room = random.nextInt(3) == 0 ? "milano" : "roma";
            DeskId desk = DeskId.parse(DESKS.get(random.nextInt(DESKS.size())));
            entries.add(new ScheduleEntry(
                    date,
                    shift.code(),
                    shift.start(),
                    shift.end(),
                    operator.id(),
                    operator.name(),
                    operator.team(),
                    operator.employer(),
                    "inb",
                    remote ? null : room,
                    remote ? null : desk,
                    operator.headset()));
        }
        return entries;
    }

    /** Counts per rule by comparing every pair, straight from the rules page. */
    private static int[] allPairs(List<ScheduleEntry> entries, int sanitize) {
        int[] count = new int[9];
        for (int i = 0; i < entries.size(); i++) {
            ScheduleEntry a = entries.get(i);
            if (!a.remote()) {
                ConflictGraph graph = ROOMS.get(a.room());
                int seat = graph.indexOf(a.desk());
                if (graph.floor().kind(a.desk()) != CellKind.DESK) {
                    count[2]++;
                } else {
                    for (int n : graph.neighbours(seat)) {
                        count[1] += graph.seat(n).isFixedPost() ? 1 : 0;
                    }
                }
            }
            for (int j = i + 1; j < entries.size(); j++) {
                ScheduleEntry b = entries.get(j);
                boolean overlap = start(a).isBefore(end(b)) && start(b).isBefore(end(a));
                if (a.operatorId().equals(b.operatorId())) {
                    ScheduleEntry first = start(a).isAfter(start(b)) ? b : a;
                    ScheduleEntry later = first == a ? b : a;
                    if (overlap || Duration.between(end(first), start(later)).toMinutes() < 660) {
                        count[6]++;
                    }
                }
                if (a.remote() || b.remote() || !a.room().equals(b.room())) {
                    continue;
                }
                if (overlap && ROOMS.get(a.room()).conflicts(a.desk(), b.desk())) {
                    count[1]++;
                }
                if (a.desk().equals(b.desk())) {
                    long gap = Math.max(
                            Duration.between(end(a), start(b)).toMinutes(),
                            Duration.between(end(b), start(a)).toMinutes());
                    if (overlap) {
                        count[2]++;
                    } else if (!a.operatorId().equals(b.operatorId()) && gap < sanitize) {
                        count[8]++;
                    }
                }
            }
        }
        count[3] = occupancy(entries);
        return count;
    }

    private static int occupancy(List<ScheduleEntry> entries) {
        ConflictGraph milano = ROOMS.get("milano");
        int allowed = Math.max(0, milano.floor().maxOccupancy() - milano.fixedPostCount());
        TreeSet<LocalDateTime> moments = new TreeSet<>();
        for (LocalDate date : Fixture.WEEK.dates()) {
            for (Shift shift : Fixture.SHIFTS) {
                if (shift.runsOn(date)) {
                    moments.add(shift.startOn(date));
                }
            }
        }
        int total = 0;
        for (LocalDateTime t : moments) {
            long present = entries.stream()
                    .filter(e -> "milano".equals(e.room()))
                    .filter(e -> !start(e).isAfter(t) && t.isBefore(end(e)))
                    .count();
            total += (int) Math.max(0, present - allowed);
        }
        return total;
    }

    private static LocalDateTime start(ScheduleEntry e) {
        return Fixture.shiftOf(e.shift()).startOn(e.date());
    }

    private static LocalDateTime end(ScheduleEntry e) {
        return Fixture.shiftOf(e.shift()).endOn(e.date());
    }
}
