package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Pin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A pin saved with a plan reads back as the same decision (the service is not stored: any skill will do). */
class PlanPanelsTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    static List<Pin> pins() {
        return List.of(
                Pin.dayOff("OP1", DAY),
                new Pin("OP2", DAY, "M", null, null, null),
                new Pin("OP3", DAY, "P", null, "sala-roma", DeskId.parse("B3")));
    }

    @ParameterizedTest
    @MethodSource("pins")
    void toStoredThenToPlanning_anyPin_sameDecision(Pin pin) {
        var stored = PlanPanels.toStored(pin);

        var back = PlanPanels.toPlanning(stored);

        assertEquals(pin, back);
    }
}
