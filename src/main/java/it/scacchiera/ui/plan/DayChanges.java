package it.scacchiera.ui.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Changes to any operator on any date of the horizon (the rota's edits), through the same undoable,
 * pinning commands as the map's: one history, one live score.
 */
public final class DayChanges {
    private final PlanViewModel model;

    public DayChanges(PlanViewModel model) {
        this.model = model;
    }

    /** Where the operator is on the date: {@link Placement#OFF} when off or without a plan. */
    public Placement placement(String operatorId, LocalDate date) {
        return model.working() == null ? Placement.OFF : model.working().placement(new OperatorDay(operatorId, date));
    }

    public boolean isPinned(String operatorId, LocalDate date) {
        return model.edits().pinned().containsKey(new OperatorDay(operatorId, date));
    }

    /** Whether the plan holds a decision for the operator on the date (none on unavailable dates). */
    public boolean editable(String operatorId, LocalDate date) {
        return model.working() != null && model.working().contains(new OperatorDay(operatorId, date));
    }

    /** Puts the operator there on the date as one undoable command that pins it; false when nothing changes. */
    public boolean place(String operatorId, LocalDate date, Placement after) {
        var target = new OperatorDay(operatorId, date);
        if (!editable(operatorId, date)) {
            return false;
        }
        Placement before = model.working().placement(target);
        boolean pinnedBefore = model.edits().pinned().containsKey(target);
        if (before.equals(after) && pinnedBefore) {
            return false;
        }
        var command = new ChangePlacements(
                model.edits(), List.of(new ChangePlacements.Change(target, before, pinnedBefore, after, true)));
        command.execute();
        model.edits().history().record(command);
        return true;
    }
}
