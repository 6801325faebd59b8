package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.site.SiteReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan view model on a real site folder; solving runs in the calling thread here. */
class PlanViewModelTest {
    @TempDir
    Path dir;

    private PlanViewModel model;

    @BeforeEach
    void openSite() throws Exception {
        var site = new SiteReader().readFolder(SmallSite.write(dir));
        model = new PlanViewModel(new PlanningService(), Runnable::run, Runnable::run);
        model.setSite(site);
        model.settingsProperty().set(new SolveSettings(Duration.ofSeconds(3), Set.of(), 30));
        model.weekStartProperty().set(SmallSite.MONDAY);
        model.roomProperty().set(site.rooms().get(0));
    }

    @Test
    void solve_smallSite_reachesHardZeroAndCoversTheDemand() {
        model.solve();

        assertEquals(SolverState.SOLVED, model.stateProperty().get());
        assertEquals(0, model.scoreProperty().get().hardScore());
        assertEquals(new Coverage(20, 20, 0), model.coverageProperty().get()); // and the bound proves it optimal
        assertEquals(4, model.shownProperty().get().occupants().size());
        assertTrue(model.shownProperty().get().conflicts().isEmpty());
    }

    @Test
    void moveToDesk_nextToAnotherOperator_breaksHardRuleAndShowsTheConflict() {
        model.solve();
        Map<DeskId, String> seated = model.shownProperty().get().operators();
        DeskId[] move = freeDeskNextToOther(model.roomProperty().get(), seated);

        boolean moved = model.moveToDesk(seated.get(move[0]), move[1]);

        assertTrue(moved);
        assertTrue(
                model.scoreProperty().get().hardScore() < 0,
                model.scoreProperty().get()::toString);
        assertFalse(model.shownProperty().get().conflicts().isEmpty());
        assertTrue(model.shownProperty().get().pinned().contains(move[1]));
    }

    @Test
    void undo_afterMove_restoresScoreAndPins() {
        model.solve();
        var before = model.scoreProperty().get();
        Map<DeskId, String> seated = model.shownProperty().get().operators();
        DeskId[] move = freeDeskNextToOther(model.roomProperty().get(), seated);
        model.moveToDesk(seated.get(move[0]), move[1]);

        model.undo();

        assertEquals(before, model.scoreProperty().get());
        assertEquals(seated, model.shownProperty().get().operators());
        assertTrue(model.shownProperty().get().pinned().isEmpty());
        model.redo();
        assertTrue(model.scoreProperty().get().hardScore() < 0);
    }

    @Test
    void moveToDesk_occupiedDesk_swapsTheTwoOperators() {
        model.solve();
        Map<DeskId, String> seated = model.shownProperty().get().operators();
        DeskId[] desks = seated.keySet().toArray(DeskId[]::new);

        model.moveToDesk(seated.get(desks[0]), desks[1]);

        assertEquals(
                seated.get(desks[0]), model.shownProperty().get().operators().get(desks[1]));
        assertEquals(
                seated.get(desks[1]), model.shownProperty().get().operators().get(desks[0]));
        assertEquals(0, model.scoreProperty().get().hardScore());
    }

    @Test
    void sendHome_thenResolve_keepsTheDayOffPin() {
        model.solve();
        String operator =
                model.shownProperty().get().operators().values().iterator().next();
        model.sendHome(operator);

        model.solve();

        assertFalse(model.shownProperty().get().operators().containsValue(operator));
        assertTrue(model.entries().stream()
                .noneMatch(e -> e.operatorId().equals(operator) && e.date().equals(SmallSite.MONDAY)));
        assertTrue(model.isPinned(operator));
    }

    @Test
    void moveToRemote_seatedOperator_listedAsRemote() {
        model.solve();
        String operator =
                model.shownProperty().get().operators().values().iterator().next();

        model.moveToRemote(operator);

        assertEquals(operator, model.remote().get(0).operatorId());
        assertTrue(model.remote().get(0).pinned());
    }

    @Test
    void exportSchedule_solvedPlan_readsBackTheSameRows() throws Exception {
        model.solve();
        Path csv = dir.resolve("out/schedule.csv");
        java.nio.file.Files.createDirectories(csv.getParent());

        model.exportSchedule(csv);

        assertEquals(model.entries(), new ScheduleCsvReader().read(csv));
    }

    @Test
    void writeSeatingSheet_shownDay_writesAPdf() throws Exception {
        model.solve();
        Path pdf = dir.resolve("sheet.pdf");

        model.writeSeatingSheet(pdf);

        assertTrue(java.nio.file.Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
    }

    @Test
    void weekStart_changed_dropsThePlanAndItsPins() {
        model.solve();
        model.togglePin(
                model.shownProperty().get().operators().values().iterator().next());

        model.weekStartProperty().set(SmallSite.MONDAY.plusWeeks(1));

        assertEquals(SolverState.NO_PLAN, model.stateProperty().get());
        assertEquals(ShownShift.EMPTY, model.shownProperty().get());
        assertNotNull(model.dayProperty().get());
    }

    /** An occupied desk and a free desk that neighbours some other occupied desk. */
    static DeskId[] freeDeskNextToOther(ConflictGraph room, Map<DeskId, String> seated) {
        for (DeskId from : seated.keySet()) {
            for (var seat : room.seats()) {
                if (seated.containsKey(seat.id()) || seat.isFixedPost()) {
                    continue;
                }
                for (int n : room.neighbours(seat.index())) {
                    DeskId other = room.seat(n).id();
                    if (!other.equals(from) && seated.containsKey(other)) {
                        return new DeskId[] {from, seat.id()};
                    }
                }
            }
        }
        throw new AssertionError("no free desk next to an occupied one: " + seated);
    }
}
