package it.scacchiera.ui.rota;

import it.scacchiera.bench.SyntheticSite;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.roster.DemandTable;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.print.PdfPrint;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures how long the rota tab takes to build (view model rows + TableView + first layout and frame) on the
 * sample site and a 1,000-operator synthetic site over two weeks. A program, not a test: tests never assert
 * times. Run with the headless Monocle properties of the pom's surefire configuration.
 */
public final class RotaTimings {
    private RotaTimings() {}

    public static void main(String[] args) throws Exception {
        var sample = new SiteReader().readFolder(Path.of(args.length > 0 ? args[0] : "floorplans"));
        var problem = SyntheticSite.generate(8, 1000, 2, 42);
        var synthetic = Site.of(
                "synthetic",
                problem.rooms().stream().map(ConflictGraph::floor).toList(),
                problem.shifts(),
                problem.operators(),
                new DemandTable(List.of()));
        var done = new CompletableFuture<Void>();
        Platform.startup(() -> {});
        Platform.runLater(() -> {
            try {
                measure("sample site", sample, LocalDate.of(2026, 11, 23), 2);
                measure(
                        "synthetic 1,000 operators",
                        synthetic,
                        problem.horizon().from(),
                        2);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get();
        } finally {
            Platform.exit();
            System.exit(0);
        }
    }

    private static void measure(String name, Site site, LocalDate monday, int weeks) {
        var plan = new PlanViewModel(new PlanningService(), Runnable::run, Runnable::run);
        plan.setSite(site);
        plan.weekStartProperty().set(monday);
        var horizon = new Horizon(monday, weeks);
        plan.load(horizon, remoteEveryWeekday(site, horizon), List.of());
        for (int run = 0; run < 4; run++) { // the first runs warm up the JIT
            long start = System.nanoTime();
            var model = new RotaViewModel(plan);
            var scene = new Scene(
                    RotaView.load(
                            model,
                            Bundles.load(Bundles.ENGLISH),
                            new PdfPrint(Bundles.load(Bundles.ENGLISH), Runnable::run, message -> {})),
                    1280,
                    800);
            long built = System.nanoTime();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.snapshot(null);
            long shown = System.nanoTime();
            model.refresh();
            long refreshed = System.nanoTime();
            System.out.printf(
                    "%s (%d operators x %d dates): build %.0f ms, first layout+frame %.0f ms, refresh %.0f ms%n",
                    name,
                    site.operators().size(),
                    horizon.dates().size(),
                    (built - start) / 1e6,
                    (shown - built) / 1e6,
                    (refreshed - shown) / 1e6);
        }
    }

    /** Every operator remote in their first allowed shift on the first five available days of each week. */
    private static List<ScheduleEntry> remoteEveryWeekday(Site site, Horizon horizon) {
        var rows = new ArrayList<ScheduleEntry>();
        for (Operator o : site.operators()) {
            for (LocalDate date : horizon.dates()) {
                if (date.getDayOfWeek().getValue() > 5 || !o.availableOn(date)) {
                    continue;
                }
                Shift shift = site.shifts().stream()
                        .filter(s -> s.runsOn(date) && o.mayWork(s))
                        .findFirst()
                        .orElse(null);
                if (shift != null && !o.skills().isEmpty()) {
                    rows.add(new ScheduleEntry(
                            date,
                            shift.code(),
                            shift.start(),
                            shift.end(),
                            o.id(),
                            o.name(),
                            o.team(),
                            o.employer(),
                            o.skills().get(0),
                            null,
                            null,
                            o.headset()));
                }
            }
        }
        return rows;
    }
}
