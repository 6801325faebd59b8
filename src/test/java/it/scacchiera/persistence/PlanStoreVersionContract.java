package it.scacchiera.persistence;

import static it.scacchiera.persistence.SamplePlans.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.roster.Horizon;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PlanStore} database must do when planners share it: every write checks the version,
 * publications of one site never overlap, racing writers never both win. Subclasses say which database
 * (through {@link PlanStoreContract}).
 */
abstract class PlanStoreVersionContract {
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

    PlanSummary publish(PlanSummary plan) {
        return store.publish(plan.id(), plan.version()).published();
    }

    PlanSummary current(PlanSummary plan) {
        return store.load(plan.id()).orElseThrow().summary();
    }

    static PlanContent withHorizon(PlanContent content, Horizon horizon) {
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
