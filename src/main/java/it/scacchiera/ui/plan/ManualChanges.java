package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.DeskId;
import java.util.ArrayList;
import java.util.List;

/** The planner's manual changes on the shown day and shift, each one undoable command that pins what it changed. */
final class ManualChanges {
    private final PlanViewModel model;

    ManualChanges(PlanViewModel model) {
        this.model = model;
    }

    /** Puts an operator at a desk of the shown room in the shown shift; an occupant there swaps places. */
    boolean moveToDesk(String operatorId, DeskId desk) {
        if (!editable() || model.roomProperty().get() == null) {
            return false;
        }
        String roomId = model.roomProperty().get().floor().id();
        var mover = new OperatorDay(operatorId, model.dayProperty().get());
        if (!model.working().contains(mover) || model.roomProperty().get().indexOf(desk) < 0) {
            return false;
        }
        Placement before = model.working().placement(mover);
        var changes = new ArrayList<ChangePlacements.Change>();
        String occupant = model.working()
                .occupant(
                        roomId,
                        desk,
                        model.dayProperty().get(),
                        model.shiftProperty().get());
        if (operatorId.equals(occupant)) {
            return false;
        }
        changes.add(change(mover, new Placement(model.shiftProperty().get(), before.service(), roomId, desk)));
        if (occupant != null) {
            var other = new OperatorDay(occupant, model.dayProperty().get());
            Placement was = model.working().placement(other);
            boolean sameShift = model.shiftProperty().get().equals(before.shift());
            changes.add(change(
                    other,
                    sameShift ? before : new Placement(model.shiftProperty().get(), was.service(), null, null)));
        }
        return record(changes);
    }

    boolean moveToRemote(String operatorId) {
        var mover = new OperatorDay(operatorId, model.dayProperty().get());
        if (!editable() || !model.working().contains(mover)) {
            return false;
        }
        Placement before = model.working().placement(mover);
        return record(List.of(change(mover, new Placement(model.shiftProperty().get(), before.service(), null, null))));
    }

    /** The operator takes the shown date off. */
    boolean sendHome(String operatorId) {
        var mover = new OperatorDay(operatorId, model.dayProperty().get());
        if (!editable() || !model.working().contains(mover)) {
            return false;
        }
        return record(List.of(change(mover, Placement.OFF)));
    }

    boolean togglePin(String operatorId) {
        var target = new OperatorDay(operatorId, model.dayProperty().get());
        if (!editable() || !model.working().contains(target)) {
            return false;
        }
        Placement now = model.working().placement(target);
        boolean pinned = model.edits().pinned().containsKey(target);
        return record(List.of(new ChangePlacements.Change(target, now, pinned, now, !pinned)));
    }

    private ChangePlacements.Change change(OperatorDay target, Placement after) {
        return new ChangePlacements.Change(
                target,
                model.working().placement(target),
                model.edits().pinned().containsKey(target),
                after,
                true);
    }

    private boolean record(List<ChangePlacements.Change> changes) {
        var command = new ChangePlacements(model.edits(), changes);
        command.execute();
        model.edits().history().record(command);
        return true;
    }

    private boolean editable() {
        return model.working() != null
                && model.dayProperty().get() != null
                && model.shiftProperty().get() != null;
    }
}
