package it.scacchiera.floorplan;

import java.util.ArrayList;
import java.util.List;

/** The warnings SPEC §1 asks for; they never stop a room from loading. */
public final class FloorWarnings {
    private FloorWarnings() {}

    /** Every warning for the room of {@code graph}, conflicting pairs first in natural order. */
    public static List<FloorWarning> of(Floor floor, ConflictGraph graph) {
        List<FloorWarning> warnings = new ArrayList<>();
        List<DeskId> posts = new ArrayList<>();
        for (Seat seat : graph.seats()) {
            if (!seat.isFixedPost()) {
                continue;
            }
            posts.add(seat.id());
            for (int other : graph.neighbours(seat.index())) {
                Seat post = graph.seat(other);
                // Seats are in natural order by index, so each pair is reported once, lower id first.
                if (post.isFixedPost() && other > seat.index()) {
                    warnings.add(new FloorWarning(
                            floor.id(),
                            FloorWarning.Kind.FIXED_POSTS_IN_CONFLICT,
                            List.of(seat.id(), post.id()),
                            "fixed posts " + seat.id() + " and " + post.id() + " are in conflict under "
                                    + floor.distance().text() + " distancing"));
                }
            }
        }
        if (floor.hasOccupancyLimit() && posts.size() > floor.maxOccupancy()) {
            warnings.add(new FloorWarning(
                    floor.id(),
                    FloorWarning.Kind.FIXED_POSTS_OVER_OCCUPANCY,
                    posts,
                    posts.size() + (posts.size() == 1 ? " fixed post" : " fixed posts") + " but max-occupancy is "
                            + floor.maxOccupancy()));
        }
        return List.copyOf(warnings);
    }
}
