package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.site.SiteReader;
import it.scacchiera.ui.floormap.FloorMap;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Measures, on the sample site, the drop → updated score latency and the map frame time of the
 * 1,120-desk hall (docs/BENCHMARKS.md, "UI"). A program, not a test: tests never assert times.
 * Run with the headless Monocle properties of the pom's surefire configuration.
 */
public final class UiTimings {
    private UiTimings() {}

    public static void main(String[] args) throws Exception {
        var site = new SiteReader().readFolder(Path.of(args.length > 0 ? args[0] : "floorplans"));
        var done = new CompletableFuture<Void>();
        Platform.startup(() -> {});
        var model = new PlanViewModel(new PlanningService(), Runnable::run, Runnable::run);
        Platform.runLater(() -> {
            try {
                model.setSite(site);
                model.settingsProperty().set(new SolveSettings(Duration.ofSeconds(10), Set.of(), 30));
                model.weekStartProperty()
                        .set(LocalDate.of(2026, 11, 23).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
                model.roomProperty()
                        .set(site.rooms().stream()
                                .filter(r -> r.floor().id().equals("salone-bologna"))
                                .findFirst()
                                .orElseThrow());
                model.solve(); // synchronous here: the calling thread solves
                var hall = model.roomProperty().get();
                model.roomProperty()
                        .set(site.rooms().stream()
                                .max(java.util.Comparator.comparingInt(r -> {
                                    model.roomProperty().set(r);
                                    return model.shownProperty()
                                            .get()
                                            .occupants()
                                            .size();
                                }))
                                .orElseThrow());
                System.out.printf(
                        "solved: %s, %d desks occupied in the hall on %s %s%n",
                        model.scoreProperty().get(),
                        model.shownProperty().get().occupants().size(),
                        model.dayProperty().get(),
                        model.shiftProperty().get());
                dropLatency(model);
                frameTime(hall);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get();
        } finally {
            Platform.exit();
            System.exit(0); // the FX thread would keep a failed run alive
        }
    }

    private static void dropLatency(PlanViewModel model) {
        var room = model.roomProperty().get();
        var seated = new ArrayList<>(model.shownProperty().get().operators().entrySet());
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 60 && i < seated.size(); i++) {
            DeskId free = null;
            for (var seat : room.seats()) {
                if (!seat.isFixedPost()
                        && !model.shownProperty().get().operators().containsKey(seat.id())) {
                    free = seat.id();
                    break;
                }
            }
            long start = System.nanoTime();
            model.moveToDesk(seated.get(i).getValue(), free);
            micros.add((System.nanoTime() - start) / 1000);
            model.undo();
        }
        Collections.sort(micros);
        List<Long> warm = micros.subList(10, micros.size()); // the first moves warm up the JIT
        System.out.printf(
                "drop -> score: %d moves, median %.1f ms, max %.1f ms (in-model update %.1f ms)%n",
                micros.size(),
                warm.get(warm.size() / 2) / 1000.0,
                warm.get(warm.size() - 1) / 1000.0,
                model.lastUpdateMicrosProperty().get() / 1000.0);
    }

    /** The hall half full (a chessboard of initials), a few conflicts and pins: a busy frame. */
    private static void frameTime(it.scacchiera.floorplan.ConflictGraph hall) {
        var map = new FloorMap();
        var scene = new Scene(new StackPane(map), 1280, 800);
        var full = new HashMap<DeskId, String>();
        hall.seats().stream()
                .filter(seat ->
                        !seat.isFixedPost() && (seat.id().row() + seat.id().column()) % 2 == 0)
                .forEach(seat -> full.put(seat.id(), "MR"));
        map.setGraph(hall);
        map.setConflicts(WorkingPlan.conflicts(hall, full.keySet()));
        map.setPinned(Set.copyOf(new ArrayList<>(full.keySet()).subList(0, 20)));
        System.out.printf(
                "hall: %d desks, %d occupied in the frame%n", hall.seats().size(), full.size());
        List<Long> micros = new ArrayList<>();
        List<Long> paint = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var occupants = new HashMap<>(full);
            if (i % 2 == 1) {
                occupants.clear(); // alternate two scenes so every frame repaints
            }
            long start = System.nanoTime();
            map.setOccupants(occupants);
            scene.getRoot().layout(); // the map's paint: canvas commands for every visible cell
            paint.add((System.nanoTime() - start) / 1000);
            scene.snapshot(null); // then renders them in software and reads the pixels back
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros.subList(10, micros.size()));
        Collections.sort(paint.subList(10, paint.size()));
        System.out.printf("map paint (layout + canvas commands): median %.1f ms%n", paint.get(25) / 1000.0);
        List<Long> warm = micros.subList(10, micros.size());
        System.out.printf(
                "map frame (1,120-desk hall, 1280x800, software render): median %.1f ms, max %.1f ms%n",
                warm.get(warm.size() / 2) / 1000.0, warm.get(warm.size() - 1) / 1000.0);
    }
}
