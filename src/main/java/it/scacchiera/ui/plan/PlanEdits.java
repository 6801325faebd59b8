package it.scacchiera.ui.plan;

import it.scacchiera.planning.Pin;
import it.scacchiera.ui.common.UndoHistory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Where the manual changes write (the commands' {@link ChangePlacements.Target}), and what they leave:
 * the pins, what was placed while a solve ran, the undo history, and whether the plan on screen has
 * changes no store holds.
 */
final class PlanEdits implements ChangePlacements.Target {
    private final PlanViewModel model;
    private final PlanSolver solver;
    private final PlanDisplay display;
    private final ReadOnlyBooleanWrapper dirty;
    private final UndoHistory history = new UndoHistory();
    private final Map<OperatorDay, Pin> pins = new LinkedHashMap<>();
    // what the planner placed while a solve ran, undos included: the solve's plans show it too
    private final Map<OperatorDay, Placement> placedWhileSolving = new LinkedHashMap<>();

    /** @param model the plan, also named as the property's bean */
    PlanEdits(PlanViewModel model, PlanSolver solver, PlanDisplay display) {
        this.model = model;
        this.solver = solver;
        this.display = display;
        this.dirty = new ReadOnlyBooleanWrapper(model, "dirty");
    }

    /** The plan on screen went: no pins, nothing to undo, nothing unsaved. */
    void clear() {
        pins.clear();
        placedWhileSolving.clear();
        history.clear();
        dirty.set(false);
    }

    /** A solve starts, or has handed over its last plan: what was placed during it is in that plan now. */
    void forgetPlacedWhileSolving() {
        placedWhileSolving.clear();
    }

    /** Puts the pins and what was placed while solving back on a plan of the solve: true when that changed it. */
    boolean keepOn(WorkingPlan solved) {
        boolean pinsKept = solved.keepPinned(pins);
        boolean placedKept = solved.keep(placedWhileSolving);
        return pinsKept || placedKept;
    }

    @Override
    public void place(OperatorDay target, Placement placement, boolean pinned) {
        dirty.set(true);
        model.working().set(target, placement);
        if (solver.running()) {
            placedWhileSolving.put(target, placement);
        }
        var pin = placement.pin(target.operatorId(), target.date());
        if (pinned) {
            pins.put(target, pin);
            solver.pin(pin); // a running solve goes on from the pinned decision
        } else {
            pins.remove(target);
        }
    }

    @Override
    public void changed() {
        display.changed();
    }

    /** A saved plan's pins, put back as they were. */
    void pinAll(List<Pin> saved) {
        saved.forEach(pin -> pins.put(new OperatorDay(pin.operatorId(), pin.date()), pin));
    }

    Map<OperatorDay, Pin> pinned() {
        return pins;
    }

    Set<OperatorDay> pinnedDays() {
        return pins.keySet();
    }

    UndoHistory history() {
        return history;
    }

    void setDirty(boolean changed) {
        dirty.set(changed);
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }
}
