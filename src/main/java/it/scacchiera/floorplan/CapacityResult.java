package it.scacchiera.floorplan;

import java.util.List;

/**
 * How many operators a room holds at once under its distancing rule (SPEC §1).
 *
 * @param capacity the best number of D desks occupied at once (S posts, the rule and the cap respected)
 * @param desks every D desk of the room
 * @param optimal whether {@code capacity} is proven maximal; otherwise it is the best pattern found
 * @param upperBound a proven upper bound (equal to capacity when optimal)
 * @param naiveChessboard what the plain chessboard a facility manager would draw seats
 * @param pattern the occupied desks of one best pattern, in natural order
 */
public record CapacityResult(
        String roomId,
        int capacity,
        int desks,
        boolean optimal,
        int upperBound,
        int naiveChessboard,
        List<DeskId> pattern) {
    public CapacityResult {
        pattern = List.copyOf(pattern);
    }
}
