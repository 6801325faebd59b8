package it.scacchiera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.ScheduleEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUE = MON.plusDays(1);

    private static ScheduleEntry office(String op, LocalDate date, String shift, int column) {
        return new ScheduleEntry(
                date,
                shift,
                LocalTime.of(8, 0),
                LocalTime.of(14, 0),
                op,
                "Name " + op,
                "Blu",
                "in-house",
                "COMM",
                "sala",
                new DeskId(1, column),
                "");
    }

    private static ScheduleEntry remote(String op, LocalDate date) {
        return new ScheduleEntry(
                date,
                "M",
                LocalTime.of(8, 0),
                LocalTime.of(14, 0),
                op,
                "Name " + op,
                "Blu",
                "in-house",
                "COMM",
                null,
                null,
                "");
    }

    @Test
    void of_samePlans_isEmpty() {
        var plan = List.of(office("OP1", MON, "M", 1), remote("OP2", MON));

        var diff = PlanDiff.of(plan, plan, List.of(new Demand(MON, "M", "COMM", 2)));

        assertTrue(diff.isEmpty());
    }

    @Test
    void of_operatorSentOff_listsTheDayAndTheSlotGoingShort() {
        var before = List.of(office("OP1", MON, "M", 1), office("OP2", MON, "M", 3));
        var after = List.of(office("OP2", MON, "M", 3));

        var diff = PlanDiff.of(before, after, List.of(new Demand(MON, "M", "COMM", 2)));

        assertEquals(1, diff.moves().size());
        var move = diff.moves().get(0);
        assertEquals("OP1", move.operatorId());
        assertEquals(MON, move.date());
        assertEquals(before.get(0), move.before());
        assertNull(move.after());
        assertEquals(List.of(new PlanDiff.SlotShort(MON, "M", "COMM", 2, 0, 1)), diff.slots());
    }

    @Test
    void of_deskAndRemoteChanges_listedSortedByDateThenOperator() {
        var before = List.of(office("OP2", TUE, "M", 1), office("OP1", TUE, "M", 3), office("OP3", MON, "M", 1));
        var after = List.of(office("OP2", TUE, "M", 5), remote("OP1", TUE), office("OP3", MON, "M", 1));

        var diff = PlanDiff.of(before, after, List.of());

        assertEquals(
                List.of("OP1", "OP2"),
                diff.moves().stream().map(PlanDiff.Move::operatorId).toList());
        assertTrue(diff.moves().get(0).after().remote());
        assertTrue(diff.slots().isEmpty());
    }

    @Test
    void of_newWorkingDay_isAMoveFromOff() {
        var diff =
                PlanDiff.of(List.of(), List.of(office("OP1", MON, "M", 1)), List.of(new Demand(MON, "M", "COMM", 1)));

        assertNull(diff.moves().get(0).before());
        assertEquals(List.of(new PlanDiff.SlotShort(MON, "M", "COMM", 1, 1, 0)), diff.slots());
    }

    @Test
    void of_randomPlans_shortAfterMatchesACount() {
        for (long seed = 1; seed <= 50; seed++) {
            var random = new Random(seed);
            var after = new ArrayList<ScheduleEntry>();
            for (int op = 0; op < 8; op++) {
                if (random.nextBoolean()) {
                    after.add(office("OP" + op, MON, random.nextBoolean() ? "M" : "P", op + 1));
                }
            }
            int required = random.nextInt(6);

            var diff = PlanDiff.of(List.of(), after, List.of(new Demand(MON, "M", "COMM", required)));

            long planned = after.stream().filter(e -> e.shift().equals("M")).count();
            int expected = (int) Math.max(0, required - planned);
            int actual = diff.slots().isEmpty() ? 0 : diff.slots().get(0).shortAfter();
            assertEquals(expected, actual, "seed " + seed);
            assertEquals(after.size(), diff.moves().size(), "seed " + seed);
        }
    }
}
