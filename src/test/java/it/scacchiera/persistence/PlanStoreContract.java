package it.scacchiera.persistence;

import static it.scacchiera.persistence.SamplePlans.HORIZON;
import static it.scacchiera.persistence.SamplePlans.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.roster.Horizon;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link PlanStore} database must do; subclasses say which database. */
abstract class PlanStoreContract extends PlanStoreVersionContract {
    @Test
    void save_officeAndRemoteEntriesWithPins_loadsTheSame() {
        var content = SamplePlans.plan(site, "week 45");

        PlanSummary saved = store.save(content);
        Optional<StoredPlan> loaded = store.load(saved.id());

        assertEquals(content, loaded.orElseThrow().content());
        assertEquals(
                new PlanSummary(
                        saved.id(),
                        site,
                        HORIZON,
                        "week 45",
                        PlanStatus.DRAFT,
                        content.score(),
                        content.settings(),
                        T0,
                        T0,
                        1),
                loaded.get().summary());
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void save_randomPlan_loadsTheSame(long seed) {
        var content = SamplePlans.random(site, seed);

        long id = store.save(content).id();

        assertEquals(content, store.load(id).orElseThrow().content(), "seed " + seed);
    }

    @Test
    void load_afterReopeningTheDatabase_findsThePlan() {
        var content = SamplePlans.plan(site, "kept");
        long id = store.save(content).id();

        var reopened = new JdbcPlanStore(open());

        assertEquals(content, reopened.load(id).orElseThrow().content());
    }

    @Test
    void open_databaseAlreadyMigrated_appliesNothingAndKeepsPlans() {
        long id = store.save(SamplePlans.plan(site, "kept")).id();
        DataSource again = open();

        var flyway = Flyway.configure().dataSource(again).load();
        int executed = flyway.migrate().migrationsExecuted;

        assertEquals(0, executed);
        assertTrue(flyway.info().pending().length == 0);
        assertTrue(new JdbcPlanStore(again).load(id).isPresent());
    }

    @Test
    void load_unknownId_isEmpty() {
        long unknown = Long.MAX_VALUE;

        Optional<StoredPlan> loaded = store.load(unknown);

        assertTrue(loaded.isEmpty());
    }

    @Test
    void save_existingPlan_replacesContentKeepsCreatedAndBumpsVersion() {
        PlanSummary first = store.save(SamplePlans.plan(site, "draft"));
        var changed = SamplePlans.random(site, 7);
        Instant later = T0.plusSeconds(3600);

        PlanSummary second = storeAt(later).save(first.id(), first.version(), changed);

        StoredPlan loaded = store.load(first.id()).orElseThrow();
        assertEquals(changed, loaded.content());
        assertEquals(2, second.version());
        assertEquals(T0, loaded.summary().createdAt());
        assertEquals(later, loaded.summary().updatedAt());
        assertEquals(second, loaded.summary());
    }

    @Test
    void save_failsWhileInsertingPins_existingPlanUnchanged() {
        var original = SamplePlans.plan(site, "original");
        PlanSummary saved = store.save(original);
        // 2,500 rows: several entry batches go through before the pins fail
        var failing = SamplePlans.failingMidSave(site, 2_500);

        var error = assertThrows(PlanStoreException.class, () -> store.save(saved.id(), saved.version(), failing));

        assertTrue(error.getCause() instanceof SQLException, String.valueOf(error.getCause()));
        StoredPlan loaded = store.load(saved.id()).orElseThrow();
        assertEquals(original, loaded.content());
        assertEquals(saved, loaded.summary());
    }

    @Test
    void save_newPlanFailsWhileInsertingPins_storesNothing() {
        var failing = SamplePlans.failingMidSave(site, 2_500);

        assertThrows(PlanStoreException.class, () -> store.save(failing));

        assertEquals(List.of(), store.list(site));
    }

    @Test
    void save_staleVersion_refusedAndTheOtherSaveKept() {
        PlanSummary loadedByBoth = store.save(SamplePlans.plan(site, "shared"));
        var alice = SamplePlans.random(site, 1);
        var bob = SamplePlans.random(site, 2);
        store.save(loadedByBoth.id(), loadedByBoth.version(), alice);

        var refused = assertThrows(
                ConcurrentSaveException.class, () -> store.save(loadedByBoth.id(), loadedByBoth.version(), bob));

        assertEquals(loadedByBoth.id(), refused.planId());
        assertEquals(alice, store.load(loadedByBoth.id()).orElseThrow().content());
    }

    @Test
    void save_planDeletedMeanwhile_refused() {
        PlanSummary saved = store.save(SamplePlans.plan(site, "doomed"));
        store.delete(saved.id(), saved.version());

        var refused = assertThrows(
                ConcurrentSaveException.class,
                () -> store.save(saved.id(), saved.version(), SamplePlans.plan(site, "late")));

        assertTrue(refused.getMessage().contains("deleted"), refused.getMessage());
        assertTrue(store.load(saved.id()).isEmpty());
    }

    @Test
    void save_fourPlannersFromTheSameVersionAtOnce_exactlyOneWins() throws Exception {
        PlanSummary saved = store.save(SamplePlans.plan(site, "contended"));
        var start = new CountDownLatch(1);
        List<Callable<PlanSummary>> planners = IntStream.range(0, 4)
                .<Callable<PlanSummary>>mapToObj(i -> () -> {
                    start.await();
                    return new JdbcPlanStore(dataSource)
                            .save(saved.id(), saved.version(), SamplePlans.random(site, 100 + i));
                })
                .toList();
        var executor = Executors.newFixedThreadPool(planners.size());
        List<Future<PlanSummary>> results;
        try {
            results = planners.stream().map(executor::submit).toList();
            start.countDown();
        } finally {
            executor.shutdown();
        }

        int won = 0;
        for (Future<PlanSummary> result : results) {
            try {
                assertEquals(2, result.get().version());
                won++;
            } catch (ExecutionException e) {
                assertTrue(
                        e.getCause() instanceof ConcurrentSaveException,
                        e.getCause().toString());
            }
        }
        assertEquals(1, won);
        assertEquals(2, store.load(saved.id()).orElseThrow().summary().version());
    }

    @Test
    void list_plansOfTwoSites_onlyThisSiteMostRecentlySavedFirst() {
        PlanSummary older = store.save(SamplePlans.plan(site, "older"));
        PlanSummary newer = storeAt(T0.plusSeconds(60)).save(SamplePlans.plan(site, "newer"));
        store.save(SamplePlans.plan(elsewhere, "other site, same folder name"));
        PlanSummary touched = storeAt(T0.plusSeconds(120)).save(older.id(), older.version(), older(site));

        List<PlanSummary> plans = store.list(site);

        assertEquals(List.of(touched, newer), plans);
    }

    private static PlanContent older(SiteRef site) {
        return SamplePlans.plan(site, "older, edited");
    }

    @Test
    void publish_draft_isThePublishedPlanOfItsHorizon() {
        PlanSummary draft = store.save(SamplePlans.plan(site, "draft"));

        PlanSummary published = store.publish(draft.id(), draft.version()).published();

        assertEquals(PlanStatus.PUBLISHED, published.status());
        assertEquals(draft.version() + 1, published.version());
        StoredPlan latest = store.latestPublished(site.id(), HORIZON).orElseThrow();
        assertEquals(published, latest.summary());
        assertEquals(SamplePlans.plan(site, "draft").entries(), latest.entries());
    }

    @Test
    void publish_secondPlanOfTheSameHorizon_archivesTheFirst() {
        PlanSummary first = publish(store.save(SamplePlans.plan(site, "first")));
        PlanSummary second = store.save(SamplePlans.plan(site, "second"));

        Publication publication = store.publish(second.id(), second.version());

        assertEquals(
                PlanStatus.ARCHIVED,
                store.load(first.id()).orElseThrow().summary().status());
        assertEquals(
                second.id(),
                store.latestPublished(site.id(), HORIZON)
                        .orElseThrow()
                        .summary()
                        .id());
        assertEquals(
                List.of(first.id()),
                publication.archived().stream().map(PlanSummary::id).toList());
    }

    @Test
    void publish_archivedPlanAgain_archivesTheCurrentOne() {
        PlanSummary first = publish(store.save(SamplePlans.plan(site, "first")));
        PlanSummary second = publish(store.save(SamplePlans.plan(site, "second")));

        publish(current(first));

        assertEquals(
                PlanStatus.ARCHIVED,
                store.load(second.id()).orElseThrow().summary().status());
        assertEquals(
                first.id(),
                store.latestPublished(site.id(), HORIZON)
                        .orElseThrow()
                        .summary()
                        .id());
    }

    @Test
    void publish_planOfOtherDaysOrAnotherSite_leavesThePublishedOneAlone() {
        PlanSummary published = publish(store.save(SamplePlans.plan(site, "w45")));
        var nextWeeks = new Horizon(MONDAY.plusWeeks(2), 2);
        var before = new Horizon(MONDAY.minusWeeks(1), 1);
        for (var other : List.of(
                withHorizon(SamplePlans.plan(site, "w47"), nextWeeks),
                withHorizon(SamplePlans.plan(site, "w44"), before),
                SamplePlans.plan(elsewhere, "other site, same folder name"))) {
            publish(store.save(other));
        }

        PlanSummary still = store.load(published.id()).orElseThrow().summary();

        assertEquals(published, still);
        assertEquals(
                3,
                store.list(site).stream()
                        .filter(p -> p.status() == PlanStatus.PUBLISHED)
                        .count());
    }

    @Test
    void publish_publishedPlan_changesNothing() {
        PlanSummary published = publish(store.save(SamplePlans.plan(site, "once")));

        PlanSummary again = storeAt(T0.plusSeconds(60))
                .publish(published.id(), published.version())
                .published();

        assertEquals(published, again);
    }

    @Test
    void publish_unknownPlan_throwsNotFound() {
        long unknown = Long.MAX_VALUE;

        var error = assertThrows(PlanNotFoundException.class, () -> store.publish(unknown, 1));

        assertEquals(unknown, error.planId());
    }

    @Test
    void save_publishedPlanEdited_staysPublished() {
        PlanSummary published = publish(store.save(SamplePlans.plan(site, "live")));

        PlanSummary edited = store.save(published.id(), published.version(), SamplePlans.random(site, 3));

        assertEquals(PlanStatus.PUBLISHED, edited.status());
        assertEquals(
                edited, store.latestPublished(site.id(), HORIZON).orElseThrow().summary());
    }

    @Test
    void latestPublished_onlyDrafts_isEmpty() {
        store.save(SamplePlans.plan(site, "draft"));

        Optional<StoredPlan> latest = store.latestPublished(site.id(), HORIZON);

        assertTrue(latest.isEmpty());
    }

    @Test
    void delete_plan_goneWithItsEntriesAndPinsAndOthersKept() {
        PlanSummary doomed = store.save(SamplePlans.plan(site, "doomed"));
        PlanSummary kept = store.save(SamplePlans.plan(site, "kept"));

        boolean deleted = store.delete(doomed.id(), doomed.version());

        assertTrue(deleted);
        assertFalse(store.delete(doomed.id(), doomed.version()));
        assertTrue(store.load(doomed.id()).isEmpty());
        assertEquals(List.of(kept), store.list(site));
        assertEquals(
                SamplePlans.plan(site, "kept"),
                store.load(kept.id()).orElseThrow().content());
    }
}
