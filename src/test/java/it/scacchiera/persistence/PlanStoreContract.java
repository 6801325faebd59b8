package it.scacchiera.persistence;

import static it.scacchiera.persistence.SamplePlans.HORIZON;
import static it.scacchiera.persistence.SamplePlans.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.roster.Horizon;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link PlanStore} database must do; subclasses say which database. */
abstract class PlanStoreContract {
    static final Instant T0 = Instant.parse("2026-11-20T09:15:30.123456Z");

    /** A new DataSource on the test's database, migrated, as the app gets on every start. */
    abstract DataSource open();

    // tests of one class share a PostgreSQL database: each works on a site of its own; the other site
    // has the same folder name, as two sites in folders both called "site"
    final SiteRef site = new SiteRef(UUID.randomUUID().toString(), "site");
    final SiteRef elsewhere = new SiteRef(UUID.randomUUID().toString(), "site");
    DataSource dataSource;
    PlanStore store;

    @BeforeEach
    void openStore() {
        dataSource = open();
        store = storeAt(T0);
    }

    PlanStore storeAt(Instant now) {
        return new JdbcPlanStore(dataSource, Clock.fixed(now, ZoneOffset.UTC));
    }

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

    PlanSummary publish(PlanSummary plan) {
        return store.publish(plan.id(), plan.version()).published();
    }

    PlanSummary current(PlanSummary plan) {
        return store.load(plan.id()).orElseThrow().summary();
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

    private static PlanContent withHorizon(PlanContent content, Horizon horizon) {
        return new PlanContent(
                content.site(),
                horizon,
                content.label(),
                content.score(),
                content.settings(),
                content.entries(),
                content.pins());
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

    @Test
    void publish_versionSomeoneElseSavedSince_refusedAndTheirPlanStaysADraft() {
        PlanSummary seen = store.save(SamplePlans.plan(site, "v1"));
        PlanSummary theirs = store.save(seen.id(), seen.version(), SamplePlans.plan(site, "v2"));

        var refused = assertThrows(ConcurrentSaveException.class, () -> store.publish(seen.id(), seen.version()));

        assertEquals(seen.id(), refused.planId());
        assertEquals(theirs, current(seen));
        assertEquals(PlanStatus.DRAFT, current(seen).status());
    }

    @Test
    void delete_versionSomeoneElseSavedSince_refusedAndTheirPlanKept() {
        PlanSummary seen = store.save(SamplePlans.plan(site, "v1"));
        PlanSummary theirs = store.save(seen.id(), seen.version(), SamplePlans.plan(site, "saved a moment ago"));

        assertThrows(ConcurrentSaveException.class, () -> store.delete(seen.id(), seen.version()));

        assertEquals(theirs, current(seen));
        assertEquals(
                SamplePlans.plan(site, "saved a moment ago"),
                store.load(seen.id()).orElseThrow().content());
    }

    @Test
    void publish_twoWeekPlanFromTheMondayOfAPublishedOneWeekPlan_archivesTheOneWeekPlan() {
        var oneWeek = withHorizon(SamplePlans.plan(site, "1 week"), new Horizon(MONDAY, 1));
        PlanSummary shorter = publish(store.save(oneWeek));

        Publication longer =
                store.publish(store.save(SamplePlans.plan(site, "2 weeks")).id(), 1);

        assertEquals(PlanStatus.ARCHIVED, current(shorter).status());
        assertEquals(List.of(current(shorter)), longer.archived());
        assertEquals(List.of(longer.published()), publishedOf(site));
    }

    @Test
    void publish_oneWeekPlanOverTheSecondWeekOfAPublishedTwoWeekPlan_archivesTheTwoWeekPlan() {
        PlanSummary longer = publish(store.save(SamplePlans.plan(site, "2 weeks")));
        var secondWeek = withHorizon(SamplePlans.plan(site, "week 2"), new Horizon(MONDAY.plusWeeks(1), 1));

        PlanSummary shorter = publish(store.save(secondWeek));

        assertEquals(PlanStatus.ARCHIVED, current(longer).status());
        assertEquals(List.of(shorter), publishedOf(site));
    }

    private List<PlanSummary> publishedOf(SiteRef which) {
        return store.list(which).stream()
                .filter(p -> p.status() == PlanStatus.PUBLISHED)
                .toList();
    }

    @Test
    void save_publishedPlanToOtherWeeks_refusedAndPlanUnchanged() {
        PlanSummary published = publish(store.save(SamplePlans.plan(site, "live")));
        var otherWeeks = withHorizon(SamplePlans.plan(site, "moved"), new Horizon(MONDAY.plusWeeks(4), 1));

        var refused = assertThrows(
                PlanStoreException.class, () -> store.save(published.id(), published.version(), otherWeeks));

        assertFalse(refused instanceof ConcurrentSaveException, refused.toString());
        assertEquals(published, current(published));
    }

    /** Two planners publish at once, many rounds; some rounds race 1-week against 2-week plans of one Monday. */
    @Test
    void publish_twoPlannersPublishOverlappingPlansAtOnce_exactlyOnePublishedNoRawError() throws Exception {
        for (int round = 0; round < 6; round++) {
            var first = new Horizon(MONDAY.plusWeeks(10L * round), 1 + round % 2);
            PlanSummary a = store.save(withHorizon(SamplePlans.plan(site, "a" + round), first));
            PlanSummary b = store.save(withHorizon(SamplePlans.plan(site, "b" + round), new Horizon(first.from(), 2)));

            List<Object> outcomes = atOnce(
                    () -> new JdbcPlanStore(dataSource).publish(a.id(), a.version()),
                    () -> new JdbcPlanStore(dataSource).publish(b.id(), b.version()));

            for (Object outcome : outcomes) {
                assertTrue(outcome instanceof Publication, "round " + round + ": " + outcome);
            }
            long published = List.of(current(a), current(b)).stream()
                    .filter(p -> p.status() == PlanStatus.PUBLISHED)
                    .count();
            assertEquals(1, published, "round " + round);
        }
    }

    @Test
    void deleteAndSave_racingFromTheSameVersion_exactlyOneWins() throws Exception {
        for (int round = 0; round < 6; round++) {
            PlanSummary seen = store.save(SamplePlans.plan(site, "contended " + round));
            long seed = round;

            List<Object> outcomes = atOnce(
                    () -> new JdbcPlanStore(dataSource).delete(seen.id(), seen.version()),
                    () -> new JdbcPlanStore(dataSource)
                            .save(seen.id(), seen.version(), SamplePlans.random(site, seed)));

            boolean deleted = Boolean.TRUE.equals(outcomes.get(0));
            boolean saved = outcomes.get(1) instanceof PlanSummary;
            assertTrue(deleted != saved, "round " + round + ": " + outcomes);
            assertTrue(
                    (deleted ? outcomes.get(1) : outcomes.get(0)) instanceof ConcurrentSaveException,
                    "round " + round + ": " + outcomes);
            assertEquals(saved, store.load(seen.id()).isPresent(), "round " + round);
        }
    }

    @Test
    void publishAndSave_racingFromTheSameVersion_exactlyOneWins() throws Exception {
        for (int round = 0; round < 6; round++) {
            PlanSummary seen = store.save(SamplePlans.plan(site, "contended " + round));
            long seed = round;

            List<Object> outcomes = atOnce(
                    () -> new JdbcPlanStore(dataSource).publish(seen.id(), seen.version()),
                    () -> new JdbcPlanStore(dataSource)
                            .save(seen.id(), seen.version(), SamplePlans.random(site, seed)));

            long won = outcomes.stream()
                    .filter(o -> !(o instanceof ConcurrentSaveException))
                    .count();
            assertEquals(1, won, "round " + round + ": " + outcomes);
            assertEquals(seen.version() + 1, current(seen).version(), "round " + round);
        }
    }

    /** Runs the calls on threads released together; each outcome is the result or the exception thrown. */
    @SafeVarargs
    private static List<Object> atOnce(Callable<Object>... calls) throws InterruptedException {
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Object>> futures = java.util.Arrays.stream(calls)
                    .map(call -> executor.submit(() -> {
                        start.await();
                        return call.call();
                    }))
                    .toList();
            start.countDown();
            var outcomes = new java.util.ArrayList<Object>();
            for (Future<Object> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            executor.shutdown();
        }
    }
}
