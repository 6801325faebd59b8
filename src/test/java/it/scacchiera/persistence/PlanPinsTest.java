package it.scacchiera.persistence;

import static it.scacchiera.persistence.SamplePlans.HORIZON;
import static it.scacchiera.persistence.SamplePlans.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Pin;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pins the planner fixed come back from a real H2 file as the same decisions, service and open ones included. */
class PlanPinsTest {
    @TempDir
    Path folder;

    private static final List<Pin> PLANNED = List.of(
            Pin.dayOff("op2", MONDAY),
            new Pin("op3", MONDAY, "N", "support", null, null),
            new Pin("op1", MONDAY, "M", "sales", "sala-roma", DeskId.parse("B3")));

    private StoredPlan saveAndLoad(List<it.scacchiera.persistence.Pin> pins) {
        var store = new JdbcPlanStore(Databases.openH2(folder.resolve("scacchiera")));
        var content = new PlanContent(
                new SiteRef("site-id", "site"),
                HORIZON,
                "label",
                null,
                new PlanSettings(Set.of(), 30),
                List.of(
                        SamplePlans.office("op1", MONDAY, "sala-roma", "B3"),
                        SamplePlans.remote("op3", MONDAY),
                        SamplePlans.office("op4", MONDAY, "sala-roma", "C5")),
                pins);
        return store.load(store.save(content).id()).orElseThrow();
    }

    @Test
    void toStoredThenToPlanning_savedInH2_sameDecisionsWithTheirService() {
        var stored = saveAndLoad(PLANNED.stream().map(PlanPins::toStored).toList());

        var opened = PlanPins.toPlanning(stored.pins(), stored.entries());

        assertEquals(PLANNED, opened.pins());
        assertEquals(List.of(), opened.kept());
    }

    @Test
    void toPlanning_anyLocationPinWithASavedRow_fixedWhereThePlanPutIt() {
        var stored =
                saveAndLoad(List.of(it.scacchiera.persistence.Pin.working("op4", MONDAY, "M", PinnedLocation.ANY)));

        var opened = PlanPins.toPlanning(stored.pins(), stored.entries());

        assertEquals(List.of(new Pin("op4", MONDAY, "M", "sales", "sala-roma", DeskId.parse("C5"))), opened.pins());
    }

    @Test
    void toPlanning_anyLocationPinWithoutARow_keptAsItWasNotDropped() {
        var open = it.scacchiera.persistence.Pin.working("op9", MONDAY, null, "sales", PinnedLocation.ANY);
        var stored = saveAndLoad(List.of(open));

        var opened = PlanPins.toPlanning(stored.pins(), stored.entries());

        assertEquals(List.of(), opened.pins());
        assertEquals(List.of(open), opened.kept());
    }
}
