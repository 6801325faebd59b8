package it.scacchiera.planning;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.solver.Solver;

/**
 * The pins a planner adds while a solve is under way. Before local search starts (the solve waits
 * for a thread, or builds its first plan) they are held, then set on the first plan; once local
 * search runs, each one becomes a {@link PinChange} and the solver goes on from it. None is lost.
 */
final class LivePins {
    private final List<Pin> early = new ArrayList<>();
    private Solver<Plan> solver;
    private PlanFactory factory;
    private boolean open;

    /** A solve has been asked for: from now on pins are taken. */
    synchronized void open() {
        early.clear();
        solver = null;
        open = true;
    }

    /** Sets the pins held so far on {@code plan}; later ones are held until {@link #start}. */
    synchronized int settle(Plan plan, PlanFactory planFactory) {
        int settled = early.size();
        early.forEach(pin -> new PinChange(pin, planFactory).apply(plan));
        early.clear();
        return settled;
    }

    /**
     * Sets the pins held so far on {@code plan} and returns how many; later ones go to {@code solver} as
     * problem changes, or, without a solver (no local search), are refused from now on.
     */
    synchronized int start(Plan plan, PlanFactory planFactory, Solver<Plan> running) {
        int settled = settle(plan, planFactory);
        factory = planFactory;
        solver = running;
        open = running != null;
        return settled;
    }

    /** The solve is over: pins go to the next problem. */
    synchronized void close() {
        early.clear();
        solver = null;
        open = false;
    }

    /** False when no solve is under way. */
    synchronized boolean add(Pin pin) {
        if (solver != null) {
            solver.addProblemChange(new PinChange(pin, factory));
            return true;
        }
        if (open) {
            early.add(pin);
        }
        return open;
    }
}
