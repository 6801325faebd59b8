package it.scacchiera.ui.editor;

/** One undoable change to a floor draft. */
interface EditCommand {
    void execute();

    void undo();

    default void redo() {
        execute();
    }
}
