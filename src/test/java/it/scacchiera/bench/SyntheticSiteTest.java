package it.scacchiera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.roster.Demand;
import org.junit.jupiter.api.Test;

class SyntheticSiteTest {
    @Test
    void generate_benchmarkSize_roomsDesksOperators() {
        PlanningProblem site = SyntheticSite.generate(8, 1000, 2, 7L);

        assertEquals(8, site.rooms().size());
        assertEquals(
                8 * 148,
                site.rooms().stream().mapToInt(g -> g.floor().deskCount()).sum());
        assertEquals(1000, site.operators().size());
        assertTrue(site.demands().stream().map(Demand::date).allMatch(site.horizon()::contains));
    }

    @Test
    void generate_sameSeed_sameSite() {
        PlanningProblem first = SyntheticSite.generate(1, 50, 1, 3L);

        PlanningProblem again = SyntheticSite.generate(1, 50, 1, 3L, 40);

        assertEquals(first.operators(), again.operators());
        assertEquals(first.demands(), again.demands());
        assertEquals(first.rooms().get(0).floor(), again.rooms().get(0).floor());
    }

    @Test
    void generate_noRemoteShare_nobodyRemote() {
        PlanningProblem site = SyntheticSite.generate(1, 100, 1, 3L, 0);

        assertTrue(site.operators().stream().noneMatch(o -> o.remote()));
    }
}
