package it.scacchiera.planning;

import it.scacchiera.bench.SyntheticSite;
import it.scacchiera.planning.bound.SeatAwareBound;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Prints the seat-aware bound against the counting bounds on a generated site, the program size and
 * the time, and optionally the solver's shortfall: {@code rooms operators weeks seed lpSeconds
 * [solveSeconds [remotePercent]]}. Not a test: run it with the test classpath.
 */
public final class BoundMeasure {
    private BoundMeasure() {}

    public static void main(String[] a) {
        int rooms = Integer.parseInt(a[0]), ops = Integer.parseInt(a[1]), weeks = Integer.parseInt(a[2]);
        long seed = Long.parseLong(a[3]);
        var p = a.length > 6
                ? SyntheticSite.generate(rooms, ops, weeks, seed, Integer.parseInt(a[6]))
                : SyntheticSite.generate(rooms, ops, weeks, seed);
        var f = new PlanFactory(p);
        var seats = CoverageBound.roomSeats(f, Duration.ofSeconds(2));
        int required = p.demands().stream().mapToInt(d -> d.required()).sum();
        System.out.println("site rooms=" + rooms + " operators=" + ops + " weeks=" + weeks + " seed=" + seed
                + " required=" + required + " seats/room=" + seats.get(0).capacity());
        System.out.println("counting bounds " + CoverageBound.counting(f, seats));
        var mx = ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 2; rep++) {
            long c0 = mx.getCurrentThreadCpuTime();
            var o = SeatAwareBound.of(f, seats, Duration.ofSeconds(Long.parseLong(a[4])));
            System.out.println("seat-aware " + o + " cpu " + (mx.getCurrentThreadCpuTime() - c0) / 1_000_000 + " ms");
        }
        if (a.length > 5) {
            var r = new PlanningService().solve(p, Duration.ofSeconds(Long.parseLong(a[5])), b -> {});
            System.out.println("solve " + a[5] + "s: score " + r.score() + " bound " + r.coverageLowerBound());
        }
    }
}
