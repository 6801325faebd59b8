package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.LivePlanScore;
import it.scacchiera.planning.Plan;
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
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Measures the score after one manual edit, in ms, two ways on the sample site's 1,120-desk hall: the
 * incremental score director of {@link LivePlanScore#create()} and OptaPlanner's public API alone
 * ({@code SolutionManager.update} on the whole plan, through {@link PlanningService#score(Plan)}). A
 * program, not a test: tests never assert times. No JavaFX thread needed:
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
                "solved %s; hall %s: %d desks, %d occupied on %s %s%n",
                model.scoreProperty().get(),
                hall.floor().id(),
                hall.size(),
                model.shownProperty().get().occupants().size(),
                model.dayProperty().get(),
                model.shiftProperty().get());
        LivePlanScore publicApi = plan -> new LivePlanScore.Session() {
            @Override
            public void change(it.scacchiera.planning.Assignment assignment, Runnable edit) {
                edit.run();
            }

            @Override
            public HardMediumSoftScore score() {
                return planning.score(plan);
            }
        };
        for (int round = 0; round < 2; round++) { // the second round is the one to read: the JIT is warm
            time("incremental (InnerScoreDirector)", model, hall, LivePlanScore.create());
            time("public API (SolutionManager.update)", model, hall, publicApi);
        }
        System.exit(0);
    }

    private static void time(String name, PlanViewModel model, ConflictGraph hall, LivePlanScore scoring) {
        var working = new WorkingPlan(
                        new PlanFactory(model.problem()), model.entries(), Set.of(), new LiveScore(scoring))
                .primed();
        LocalDate day = model.dayProperty().get();
        Map<DeskId, String> seated = model.shownProperty().get().operators();
        List<DeskId> free = new ArrayList<>();
        hall.seats().stream()
                .filter(seat -> !seat.isFixedPost() && !seated.containsKey(seat.id()))
                .forEach(seat -> free.add(seat.id()));
        List<Long> micros = new ArrayList<>();
        int i = 0;
        for (String operatorId : seated.values()) {
            if (i >= 60) {
                break;
            }
            var who = new OperatorDay(operatorId, day);
            Placement was = working.placement(who);
            long start = System.nanoTime();
            working.set(
                    who, new Placement(was.shift(), was.service(), hall.floor().id(), free.get(i)));
            working.score();
            micros.add((System.nanoTime() - start) / 1000);
            working.set(who, was);
            working.score();
            i++;
        }
        Collections.sort(micros);
        System.out.printf(
                "%s: %d edits, median %.1f ms, max %.1f ms per edit (set + score)%n",
                name, micros.size(), micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }
}
