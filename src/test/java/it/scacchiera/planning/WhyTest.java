package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The English sentence behind a reason code reads as it did when it was built by concatenation, on any machine. */
class WhyTest {
    private Locale machine;

    @BeforeEach
    void italianMachine() {
        machine = Locale.getDefault();
        Locale.setDefault(Locale.ITALY);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(machine);
    }

    private static Why why(Reason reason, Object... arguments) {
        return new Why(List.of(), null, List.of(), null, reason, List.of(arguments));
    }

    @Test
    void detail_coverageShort_namesServiceShiftStaffedAndRequired() {
        Why why = why(Reason.COVERAGE_SHORT, "COMM", "M", 3, 5);

        assertEquals("COMM in M: 3 of 5", why.detail());
    }

    @Test
    void detail_daysPerWeek_countsFromWeekOne() {
        Why why = why(Reason.DAYS_PER_WEEK, 4, 1, 5);

        assertEquals("4 days in week 1 instead of 5", why.detail());
    }

    @Test
    void detail_overOccupancy_writesBigCountsWithoutSeparators() {
        Why why = why(Reason.OVER_OCCUPANCY, 1121, 1120);

        assertEquals("1121 in the room, 1120 allowed", why.detail());
    }

    @Test
    void detail_reasonWithoutArguments_isItsSentence() {
        Why why = why(Reason.NEIGHBOURS_AT_ONCE);

        assertEquals("neighbouring desks occupied at once", why.detail());
    }
}
