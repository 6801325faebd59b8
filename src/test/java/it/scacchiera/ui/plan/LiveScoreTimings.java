package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.LivePlanScore;
import it.scacchiera.planning.PlanFactory;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.site.SiteReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Measures the live score of manual edits on the sample site's 1,120-desk hall (docs/BENCHMARKS.md,
 * "UI"): what a drop costs the FX thread (the edit and the copy handed to {@link LiveScore}), what the
 * background scoring costs ({@code SolutionManager.update} on the whole plan, through {@link
 * PlanningService}), and a burst of drops: how many scorings it takes and how long after the last drop
 * its score arrives. A program, not a test: tests never assert times. No JavaFX thread needed:
 *
 * <pre>
 * mvn -B -o -q test-compile
 * mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) it.scacchiera.ui.plan.LiveScoreTimings floorplans
 * </pre>
 */
public final class LiveScoreTimings {
    private LiveScoreTimings() {}

    public static void main(String[] args) throws Exception {
        var site = new SiteReader().readFolder(Path.of(args.length > 0 ? args[0] : "floorplans"));
        var planning = new PlanningService();
        var model = new PlanViewModel(planning, Runnable::run, Runnable::run);
        model.setSite(site);
        model.settingsProperty().set(new SolveSettings(Duration.ofSeconds(10), Set.of(), 30));
        model.weekStartProperty().set(LocalDate.of(2026, 11, 23));
        model.solve(); // synchronous: the calling thread solves
        ConflictGraph hall = site.rooms().stream()
                .max(Comparator.comparingInt(ConflictGraph::size))
                .orElseThrow();
        model.roomProperty().set(hall);
        System.out.printf(
                "solved %s; hall %s: %d desks, %d occupied on %s %s; %d assignments%n",
                model.scoreProperty().get(),
                hall.floor().id(),
                hall.size(),
                model.shownProperty().get().occupants().size(),
                model.dayProperty().get(),
                model.shiftProperty().get(),
                model.entries().size());
        for (int round = 0; round < 2; round++) { // the second round is the one to read: the JIT is warm
            System.out.println("round " + (round + 1));
            perEdit(model, hall, planning);
            burst(model, hall, planning);
        }
        System.exit(0);
    }

    private static void perEdit(PlanViewModel model, ConflictGraph hall, PlanningService planning) {
        var working = new WorkingPlan(new PlanFactory(model.problem()), model.entries(), Set.of());
        List<Long> fx = new ArrayList<>();
        List<Long> scoring = new ArrayList<>();
        var moves = moves(model, hall);
        for (var move : moves) {
            Placement was = working.placement(move.who());
            long start = System.nanoTime();
            working.set(move.who(), move.to());
            var copy = PlanFactory.snapshot(working.plan());
            long copied = System.nanoTime();
            planning.score(copy);
            fx.add((copied - start) / 1000);
            scoring.add((System.nanoTime() - copied) / 1000);
            working.set(move.who(), was);
        }
        print("  FX thread per drop (edit + copy)", fx);
        print("  background scoring (SolutionManager.update, whole plan)", scoring);
    }

    /** 20 drops 10 ms apart, as fast as a planner clicks, scored by one background thread. */
    private static void burst(PlanViewModel model, ConflictGraph hall, PlanningService planning)
            throws InterruptedException {
        var working = new WorkingPlan(new PlanFactory(model.problem()), model.entries(), Set.of());
        var background = Executors.newSingleThreadExecutor();
        var fxThread = Executors.newSingleThreadExecutor(); // stands in for the FX thread's queue
        var scorings = new AtomicInteger();
        LivePlanScore counting = plan -> {
            scorings.incrementAndGet();
            return planning.score(plan);
        };
        var live = new LiveScore(counting, background, fxThread);
        var arrived = new CountDownLatch(1);
        long[] lastDrop = {0};
        long[] shownAt = {0};
        var moves = moves(model, hall).subList(0, 20);
        for (int i = 0; i < moves.size(); i++) {
            boolean last = i == moves.size() - 1;
            var move = moves.get(i);
            fxThread.submit(() -> {
                working.set(move.who(), move.to());
                lastDrop[0] = System.nanoTime();
                live.rescore(working.plan(), (HardMediumSoftScore score) -> {
                    if (last) {
                        shownAt[0] = System.nanoTime();
                        arrived.countDown();
                    }
                });
            });
            Thread.sleep(10);
        }
        arrived.await(30, TimeUnit.SECONDS);
        System.out.printf(
                "  burst of %d drops 10 ms apart: %d scorings; newest score shown %.1f ms after the last drop%n",
                moves.size(), scorings.get(), (shownAt[0] - lastDrop[0]) / 1e6);
        background.shutdown();
        fxThread.shutdown();
    }

    private record Move(OperatorDay who, Placement to) {}

    /** Each of up to 60 seated operators of the shown shift to a free desk of the hall. */
    private static List<Move> moves(PlanViewModel model, ConflictGraph hall) {
        LocalDate day = model.dayProperty().get();
        String shift = model.shiftProperty().get();
        Map<DeskId, String> seated = model.shownProperty().get().operators();
        List<DeskId> free = new ArrayList<>();
        hall.seats().stream()
                .filter(seat -> !seat.isFixedPost() && !seated.containsKey(seat.id()))
                .forEach(seat -> free.add(seat.id()));
        List<Move> moves = new ArrayList<>();
        for (String operatorId : seated.values()) {
            if (moves.size() >= 60) {
                break;
            }
            var who = new OperatorDay(operatorId, day);
            Placement was = model.placementOf(operatorId);
            moves.add(new Move(
                    who, new Placement(shift, was.service(), hall.floor().id(), free.get(moves.size()))));
        }
        return moves;
    }

    private static void print(String name, List<Long> micros) {
        Collections.sort(micros);
        System.out.printf(
                "%s: %d edits, median %.1f ms, max %.1f ms%n",
                name, micros.size(), micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }
}
