package it.scacchiera.ui.plan;

import it.scacchiera.ui.common.EditCommand;
import java.util.List;

/** A planner's manual change to one or more operator-days (a move, a swap, a day off, a pin), undoable. */
final class ChangePlacements implements EditCommand {
    /** Where the command writes: the view model's working plan and pins ({@link PlanEdits}). */
    interface Target {
        void place(OperatorDay day, Placement placement, boolean pinned);

        void changed();
    }

    record Change(OperatorDay day, Placement before, boolean pinnedBefore, Placement after, boolean pinnedAfter) {}

    private final Target target;
    private final List<Change> changes;

    ChangePlacements(Target target, List<Change> changes) {
        this.target = target;
        this.changes = List.copyOf(changes);
    }

    List<Change> changes() {
        return changes;
    }

    @Override
    public void execute() {
        changes.forEach(c -> target.place(c.day(), c.after(), c.pinnedAfter()));
        target.changed();
    }

    @Override
    public void undo() {
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            target.place(c.day(), c.before(), c.pinnedBefore());
        }
        target.changed();
    }
}
