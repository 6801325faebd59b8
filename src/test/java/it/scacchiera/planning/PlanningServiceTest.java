package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.bench.SyntheticSite;
import it.scacchiera.roster.ScheduleEntry;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.config.solver.EnvironmentMode;

class PlanningServiceTest {
    private final PlanningService service = new PlanningService();

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void solve_fullAssertOnSmallSite_noScoreCorruption(long seed) {
        // Small crowded rooms and short coverage: local search runs and every move is re-scored.
        PlanningProblem problem = ScoreCrossCheckTest.problem(new Random(seed));
        var asserting = new PlanningService(SolverTuning.DEFAULT.withEnvironmentMode(EnvironmentMode.FULL_ASSERT));

        SolveResult result = asserting.solve(problem, Duration.ofSeconds(2), plan -> {});

        long[] naive = NaiveRules.count(problem, result.entries());
        assertEquals(-naive[0], result.score().hardScore(), "seed " + seed);
        assertEquals(-naive[1], result.score().mediumScore(), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void solve_fullAssertFromAnotherPublishedPlan_noScoreCorruption(long seed) {
        // Published desks rotated within each date: many changes for the grouped reverts to take back.
        PlanningProblem problem = ScoreCrossCheckTest.problem(new Random(seed));
        List<ScheduleEntry> first =
                service.solve(problem, Duration.ofSeconds(1), plan -> {}).entries();
        var asserting = new PlanningService(SolverTuning.DEFAULT.withEnvironmentMode(EnvironmentMode.FULL_ASSERT));

        SolveResult result =
                asserting.solve(problem.withPublished(desksRotated(first)), Duration.ofSeconds(2), plan -> {});

        long[] naive = NaiveRules.count(problem, result.entries());
        assertEquals(-naive[0], result.score().hardScore(), "seed " + seed);
        assertEquals(-naive[1], result.score().mediumScore(), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void solve_moveThreadsFullAssertFromPublishedPlan_everyMoveRebasedAndScoredRight(long seed) {
        // Two move threads: every kind of move is handed to another copy of the plan (rebased) and re-scored.
        PlanningProblem problem = ScoreCrossCheckTest.problem(new Random(seed));
        List<ScheduleEntry> first =
                service.solve(problem, Duration.ofSeconds(1), plan -> {}).entries();
        var threaded = new PlanningService(SolverTuning.DEFAULT
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withMoveThreads(2));

        SolveResult result =
                threaded.solve(problem.withPublished(desksRotated(first)), Duration.ofSeconds(2), plan -> {});

        long[] naive = NaiveRules.count(problem, result.entries());
        assertEquals(-naive[0], result.score().hardScore(), "seed " + seed);
        assertEquals(-naive[1], result.score().mediumScore(), "seed " + seed);
    }

    private static List<ScheduleEntry> desksRotated(List<ScheduleEntry> entries) {
        List<ScheduleEntry> rotated = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ScheduleEntry e = entries.get(i);
            ScheduleEntry next = entries.get((i + 1) % entries.size());
            boolean swap = !e.remote()
                    && !next.remote()
                    && next.date().equals(e.date())
                    && next.room().equals(e.room());
            rotated.add(
                    swap
                            ? new ScheduleEntry(
                                    e.date(),
                                    e.shift(),
                                    e.start(),
                                    e.end(),
                                    e.operatorId(),
                                    e.operatorName(),
                                    e.team(),
                                    e.employer(),
                                    e.service(),
                                    e.room(),
                                    next.desk(),
                                    e.headset())
                            : e);
        }
        return rotated;
    }

    @Test
    void solve_syntheticSite_noHardViolation() {
        PlanningProblem problem = SyntheticSite.generate(1, 120, 1, 3L);

        SolveResult result = service.solve(problem, Duration.ofSeconds(3), plan -> {});

        assertTrue(result.feasible(), result.score().toString());
        assertTrue(-result.score().mediumScore() >= result.coverageLowerBound(), result.toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void construct_syntheticSites_noHardViolation(long seed) {
        PlanningProblem problem = SyntheticSite.generate(1, 60 + (int) seed * 10, 1 + (int) (seed % 2), seed);

        Plan plan = service.construct(problem);

        assertEquals(
                0,
                plan.getScore().hardScore(),
                "seed " + seed + ": " + service.explain(plan).constraints());
    }

    @Test
    void solve_pinnedDayOffAndDesk_kept() {
        PlanningProblem base = SyntheticSite.generate(1, 40, 1, 5L);
        Plan first = service.construct(base);
        ScheduleEntry office = service.entries(first).stream()
                .filter(e -> !e.remote())
                .findFirst()
                .orElseThrow();
        ScheduleEntry other = service.entries(first).stream()
                .filter(e -> !e.operatorId().equals(office.operatorId()))
                .findFirst()
                .orElseThrow();
        var pins = List.of(
                new Pin(
                        office.operatorId(),
                        office.date(),
                        office.shift(),
                        office.service(),
                        office.room(),
                        office.desk()),
                Pin.dayOff(other.operatorId(), other.date()));
        PlanningProblem pinned = base.withPins(pins);

        SolveResult result = service.solve(pinned, Duration.ofSeconds(2), plan -> {});

        assertTrue(result.entries().stream()
                .anyMatch(e -> e.operatorId().equals(office.operatorId())
                        && e.date().equals(office.date())
                        && office.desk().equals(e.desk())));
        assertFalse(result.entries().stream()
                .anyMatch(e ->
                        e.operatorId().equals(other.operatorId()) && e.date().equals(other.date())));
    }

    @Test
    void solve_cancelledAtFirstPlan_returnsAPlan() {
        PlanningProblem problem = SyntheticSite.generate(1, 180, 1, 9L);
        AtomicInteger calls = new AtomicInteger();

        SolveResult result = service.solve(problem, Duration.ofMinutes(5), plan -> {
            calls.incrementAndGet();
            service.cancel();
        });

        assertNotNull(result.score());
        assertEquals(1, calls.get());
    }

    @Test
    void explain_remoteNotAllowed_namesTheOperator() {
        PlanningProblem problem = SyntheticSite.generate(1, 30, 1, 4L);
        Plan plan = service.construct(problem);
        Assignment office = plan.getAssignments().stream()
                .filter(a -> a.isOffice() && !a.isRemoteAllowed())
                .findFirst()
                .orElseThrow();
        office.setLocation(Location.REMOTE);

        ScoreReport report = service.explain(plan);

        assertEquals(-1, report.score().hardScore());
        assertTrue(
                report.constraints().stream().anyMatch(c -> c.name().equals("Remote not allowed") && c.matches() == 1));
        assertEquals(
                List.of(office.getOperatorId()),
                report.reasons().stream()
                        .filter(w -> w.detail().equals("remote not allowed"))
                        .findFirst()
                        .orElseThrow()
                        .operatorIds());
    }

    @Test
    void construct_samePlanPublished_noChangePenalised() {
        PlanningProblem base = SyntheticSite.generate(1, 40, 1, 6L);
        List<ScheduleEntry> published = service.entries(service.construct(base));
        PlanningProblem again = base.withPublished(published);

        Plan plan = service.construct(again);

        var changes = service.explain(plan).constraints().stream()
                .filter(c -> c.name().equals("Changes from the published plan"))
                .toList();
        assertTrue(changes.isEmpty() || changes.get(0).matches() == 0, changes.toString());
    }

    @Test
    void pin_whileSolving_dayOffKeptInTheResult() {
        PlanningProblem problem = SyntheticSite.generate(1, 60, 1, 8L);
        ScheduleEntry first = service.entries(service.construct(problem)).get(0);
        AtomicInteger accepted = new AtomicInteger();

        SolveResult result = service.solve(problem, Duration.ofSeconds(2), plan -> {
            if (accepted.get() == 0 && service.pin(Pin.dayOff(first.operatorId(), first.date()))) {
                accepted.incrementAndGet();
            }
        });

        assertEquals(1, accepted.get());
        assertFalse(result.entries().stream()
                .anyMatch(e ->
                        e.operatorId().equals(first.operatorId()) && e.date().equals(first.date())));
    }

    @Test
    void pin_nothingRunning_returnsFalse() {
        assertFalse(service.pin(Pin.dayOff(
                "op0001", SyntheticSite.generate(1, 1, 1, 1L).horizon().from())));
    }

    @Test
    void construct_publishedPlanOfAnotherSeed_keptWherePossible() {
        PlanningProblem base = SyntheticSite.generate(1, 60, 1, 11L);
        var other = new PlanningService(new SolverTuning(
                99L, 400, Duration.ofMillis(100), org.optaplanner.core.config.solver.EnvironmentMode.REPRODUCIBLE, 0));
        List<ScheduleEntry> published = other.entries(other.construct(base));
        PlanningProblem again = base.withPublished(published);

        Plan plan = service.construct(again);

        var changes = service.explain(plan).constraints().stream()
                .filter(c -> c.name().equals("Changes from the published plan"))
                .mapToInt(ScoreReport.ConstraintScore::matches)
                .sum();
        assertEquals(0, plan.getScore().hardScore());
        assertTrue(changes < published.size() / 10, changes + " changes of " + published.size());
    }

    @Test
    void solve_noOperators_emptyPlanAtOnce() {
        PlanningProblem base = SyntheticSite.generate(1, 1, 1, 1L);
        PlanningProblem empty =
                PlanningProblem.of(base.rooms(), base.shifts(), List.of(), base.demands(), base.horizon());

        SolveResult result = service.solve(empty, Duration.ofSeconds(30), plan -> {});

        assertEquals(List.of(), result.entries());
        assertEquals(result.coverageLowerBound(), -result.score().mediumScore());
        assertTrue(result.coverageOptimal());
    }
}
