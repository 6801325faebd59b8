package it.scacchiera.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.persistence.Databases;
import it.scacchiera.persistence.JdbcPlanStore;
import it.scacchiera.persistence.PlanContent;
import it.scacchiera.persistence.PlanSettings;
import it.scacchiera.persistence.PlanStatus;
import it.scacchiera.persistence.PlanStore;
import it.scacchiera.persistence.PlanSummary;
import it.scacchiera.persistence.SiteRef;
import it.scacchiera.persistence.StoredPlan;
import it.scacchiera.roster.Horizon;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model on a real H2 file; both executors run work at once, so each call finishes before the next. */
class PlansViewModelTest {
    private static final Executor NOW = Runnable::run;
    static final SiteRef ROMA = new SiteRef("3f2b1c9e-0000-4000-8000-000000000001", "roma");
    static final Horizon WEEK = new Horizon(LocalDate.of(2026, 11, 23), 1);

    @TempDir
    Path dir;

    static PlanContent content(String label) {
        return new PlanContent(ROMA, WEEK, label, "0hard/0medium/-4soft", PlanSettings.DEFAULT, List.of(), List.of());
    }

    private PlanStore store() {
        return new JdbcPlanStore(Databases.openH2(dir.resolve("plans")));
    }

    private PlansViewModel model(PlanStore store) {
        return new PlansViewModel(() -> store, ROMA, NOW, NOW);
    }

    private static List<String> labels(PlansViewModel model) {
        return model.plans().stream().map(PlanSummary::label).toList();
    }

    @Test
    void saveAsNew_aPlanOnScreen_isListedAsADraft() {
        var model = model(store());
        model.setCurrentContent(() -> content("week 48"));

        model.saveAsNew();

        assertEquals(List.of("week 48"), labels(model));
        assertEquals(PlanStatus.DRAFT, model.plans().get(0).status());
        assertEquals(
                new PlansStatus(Activity.SAVED, "week 48"),
                model.statusProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void publish_selectedDraft_isListedAsPublished() {
        var model = model(store());
        model.setCurrentContent(() -> content("week 48"));
        model.saveAsNew();
        model.selectedProperty().set(model.plans().get(0));

        model.publish();

        assertEquals(PlanStatus.PUBLISHED, model.plans().get(0).status());
        assertEquals(PlanStatus.PUBLISHED, model.selectedProperty().get().status());
    }

    @Test
    void refresh_reopenedH2File_listsWhatWasSavedAndPublished() {
        var first = model(store());
        first.setCurrentContent(() -> content("week 48"));
        first.saveAsNew();
        first.selectedProperty().set(first.plans().get(0));
        first.publish();

        var second = model(store());
        second.refresh();

        assertEquals(List.of("week 48"), labels(second));
        assertEquals(PlanStatus.PUBLISHED, second.plans().get(0).status());
    }

    @Test
    void save_someoneElseSavedSince_offersReloadWhichOpensTheirVersion() {
        PlanStore store = store();
        var model = model(store);
        var opened = new ArrayList<StoredPlan>();
        model.setOnOpen(opened::add);
        model.setCurrentContent(() -> content("mine"));
        model.saveAsNew();
        PlanSummary mine = model.openedProperty().get();
        store.save(mine.id(), mine.version(), content("theirs"));

        model.save();

        assertTrue(model.conflictProperty().get());
        assertEquals(Activity.CONFLICT, model.statusProperty().get().activity());
        model.reload();
        assertFalse(model.conflictProperty().get());
        assertEquals("theirs", opened.get(0).summary().label());
        assertNotEquals(mine.version(), model.openedProperty().get().version());
    }

    @Test
    void publish_someoneElseSavedSinceTheListWasRead_refusedAndReloadShowsTheirVersion() {
        PlanStore store = store();
        var model = model(store);
        var opened = new ArrayList<StoredPlan>();
        model.setOnOpen(opened::add);
        model.setCurrentContent(() -> content("mine"));
        model.saveAsNew();
        PlanSummary seen = model.plans().get(0);
        model.selectedProperty().set(seen);
        store.save(seen.id(), seen.version(), content("theirs"));

        model.publish();

        assertTrue(model.conflictProperty().get());
        assertEquals(Activity.CONFLICT, model.statusProperty().get().activity());
        assertEquals(
                PlanStatus.DRAFT, store.load(seen.id()).orElseThrow().summary().status());
        model.reload();
        assertFalse(model.conflictProperty().get());
        assertEquals("theirs", opened.get(0).summary().label());
        assertEquals(List.of("theirs"), labels(model));
    }

    @Test
    void delete_someoneElseSavedAMomentBefore_refusedAndTheirPlanKept() {
        PlanStore store = store();
        var model = model(store);
        model.setCurrentContent(() -> content("mine"));
        model.saveAsNew();
        PlanSummary seen = model.plans().get(0);
        model.selectedProperty().set(seen);
        store.save(seen.id(), seen.version(), content("saved a moment before"));

        model.delete();

        assertTrue(model.conflictProperty().get());
        assertEquals(
                "saved a moment before",
                store.load(seen.id()).orElseThrow().summary().label());
    }

    @Test
    void publish_anotherPlanOfTheSameWeekPublishedMeanwhile_saysTheOtherIsArchived() {
        PlanStore store = store();
        var model = model(store);
        model.setCurrentContent(() -> content("mine"));
        model.saveAsNew();
        model.selectedProperty().set(model.plans().get(0));
        PlanSummary theirs = store.save(content("theirs"));
        store.publish(theirs.id(), theirs.version());

        model.publish();

        assertEquals(
                new PlansStatus(Activity.PUBLISHED_REPLACING, "mine"),
                model.statusProperty().get());
        assertEquals(
                PlanStatus.ARCHIVED,
                store.load(theirs.id()).orElseThrow().summary().status());
    }

    @Test
    void save_openedPlan_savesOverItKeepingOneRowAndItsName() {
        var model = model(store());
        model.setCurrentContent(() -> content("first"));
        model.saveAsNew();
        model.setCurrentContent(() -> content("suggested again"));

        model.save();

        assertEquals(List.of("first"), labels(model));
    }

    @Test
    void saveAsNew_withAName_listsThePlanByIt() {
        var model = model(store());
        model.setCurrentContent(() -> content("suggested"));

        model.saveAsNew(" Week 48 (no Tuesday) ");

        assertEquals(List.of("Week 48 (no Tuesday)"), labels(model));
    }

    @Test
    void open_selectedPlan_firesOnOpenWithItsContent() {
        var model = model(store());
        var opened = new ArrayList<StoredPlan>();
        model.setOnOpen(opened::add);
        model.setCurrentContent(() -> content("week 48"));
        model.saveAsNew();
        model.selectedProperty().set(model.plans().get(0));

        model.open();

        assertEquals(content("week 48"), opened.get(0).content());
        assertEquals(
                new PlansStatus(Activity.OPENED, "week 48"),
                model.statusProperty().get());
    }

    @Test
    void delete_selectedPlan_leavesTheListEmpty() {
        var model = model(store());
        model.setCurrentContent(() -> content("week 48"));
        model.saveAsNew();
        model.selectedProperty().set(model.plans().get(0));

        model.delete();

        assertTrue(model.plans().isEmpty());
        assertEquals(null, model.openedProperty().get());
        assertEquals(
                new PlansStatus(Activity.DELETED, "week 48"),
                model.statusProperty().get());
    }

    @Test
    void save_noPlanOnScreen_saysSoWithoutTouchingTheDatabase() {
        var opens = new AtomicInteger();
        var model = new PlansViewModel(
                () -> {
                    opens.incrementAndGet();
                    return store();
                },
                ROMA,
                NOW,
                NOW);

        model.save();

        assertEquals(Activity.NOTHING_TO_SAVE, model.statusProperty().get().activity());
        assertEquals(0, opens.get());
    }

    @Test
    void refresh_storeCannotOpen_showsTheFailure() {
        var model = new PlansViewModel(
                () -> {
                    throw new IllegalStateException("no database");
                },
                ROMA,
                NOW,
                NOW);

        model.refresh();

        assertEquals(
                new PlansStatus(Activity.FAILED, "IllegalStateException: no database"),
                model.statusProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void refresh_deferredExecutor_opensTheStoreOnlyWhenTheWorkRuns() {
        var queued = new ArrayList<Runnable>();
        var opens = new AtomicInteger();
        var model = new PlansViewModel(
                () -> {
                    opens.incrementAndGet();
                    return store();
                },
                ROMA,
                queued::add,
                NOW);

        model.refresh();

        assertEquals(0, opens.get());
        assertTrue(model.busyProperty().get());
        queued.forEach(Runnable::run);
        assertEquals(1, opens.get());
        assertEquals(
                new PlansStatus(Activity.LISTED, "0"), model.statusProperty().get());
    }

    @Test
    void activities_everyOne_hasTextInBothLanguages() throws IOException {
        for (String file : List.of("messages.properties", "messages_it.properties")) {
            var bundle = new Properties();
            try (Reader reader = Files.newBufferedReader(
                    Path.of("src/main/resources/it/scacchiera/ui", file), StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }

            for (Activity activity : Activity.values()) {
                assertTrue(bundle.containsKey("plans.activity." + activity.name()), file + " " + activity);
            }
            for (PlanStatus status : PlanStatus.values()) {
                assertTrue(bundle.containsKey("plans.status." + status.name()), file + " " + status);
            }
        }
    }
}
