package it.scacchiera.floorplan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Exact room capacity: a maximum independent set of the usable desks (SPEC §1). */
public final class Capacity {
    private Capacity() {}

    /** Greedy placeholder with the final signature; replaced by the exact method. */
    public static CapacityResult compute(ConflictGraph graph, Duration timeLimit) {
        boolean[] blocked = new boolean[graph.size()];
        List<DeskId> pattern = new ArrayList<>();
        int limit = Math.max(0, graph.floor().occupancyLimit() - graph.fixedPostCount());
        int usable = 0;
        for (Seat seat : graph.seats()) {
            if (!graph.usable(seat.index())) {
                continue;
            }
            usable++;
            if (!blocked[seat.index()] && pattern.size() < limit) {
                pattern.add(seat.id());
                for (int n : graph.neighbours(seat.index())) {
                    blocked[n] = true;
                }
            }
        }
        int desks = graph.floor().deskCount();
        return new CapacityResult(
                graph.floor().id(), pattern.size(), desks, false, Math.min(usable, limit), pattern.size(), pattern);
    }
}
