package it.scacchiera.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Commands done and undone; a new command forgets what was undone. */
public final class UndoHistory {
    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** Records a command that has already been executed. */
    public void record(EditCommand executed) {
        done.push(executed);
        undone.clear();
        update();
    }

    public boolean undo() {
        if (done.isEmpty()) {
            return false;
        }
        EditCommand command = done.pop();
        command.undo();
        undone.push(command);
        update();
        return true;
    }

    public boolean redo() {
        if (undone.isEmpty()) {
            return false;
        }
        EditCommand command = undone.pop();
        command.redo();
        done.push(command);
        update();
        return true;
    }

    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }
}
