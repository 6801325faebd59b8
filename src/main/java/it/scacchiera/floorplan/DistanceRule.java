package it.scacchiera.floorplan;

import java.math.BigDecimal;

/** When two seats are too close to be occupied at once (SPEC §1). */
public sealed interface DistanceRule {
    /** Seats sharing a side conflict. */
    record Checkerboard() implements DistanceRule {
        @Override
        public String text() {
            return "checkerboard";
        }
    }

    /** Seats sharing a side or a corner conflict. */
    record King() implements DistanceRule {
        @Override
        public String text() {
            return "king";
        }
    }

    /** Seats whose centres are less than {@code metres} apart with no wall or screen between conflict. */
    record Metric(BigDecimal metres) implements DistanceRule {
        public Metric {
            if (metres.signum() <= 0) {
                throw new IllegalArgumentException("distance must be > 0");
            }
            metres = metres.stripTrailingZeros();
        }

        @Override
        public String text() {
            return metres.toPlainString() + " m";
        }
    }

    DistanceRule CHECKERBOARD = new Checkerboard();
    DistanceRule KING = new King();

    /** As written in a floorplan header. */
    String text();
}
