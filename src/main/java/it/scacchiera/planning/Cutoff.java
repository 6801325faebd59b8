package it.scacchiera.planning;

import java.util.function.BooleanSupplier;

/**
 * When construction's thorough steps give way to quick ones: its share of the time has passed, or the
 * solve was stopped. Past it the plan is still completed (every operator planned, quickly), so a Stop
 * pressed during construction ends it within moments rather than at its natural end.
 *
 * @param endNanos {@link System#nanoTime()} at which construction's share ends
 * @param stopped whether the planner stopped the solve
 */
record Cutoff(long endNanos, BooleanSupplier stopped) {
    static final Cutoff NEVER = new Cutoff(Long.MAX_VALUE, () -> false);

    boolean passed() {
        return stopped.getAsBoolean() || System.nanoTime() >= endNanos;
    }
}
