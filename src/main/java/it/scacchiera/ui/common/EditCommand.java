package it.scacchiera.ui.common;

/** One undoable change to a floor draft. */
public interface EditCommand {
    void execute();

    void undo();

    default void redo() {
        execute();
    }
}
