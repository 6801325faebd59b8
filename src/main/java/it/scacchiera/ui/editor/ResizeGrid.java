package it.scacchiera.ui.editor;

import it.scacchiera.ui.common.EditCommand;

/**
 * Adds blank rows or columns at the bottom and right. Undo removes them; they are blank again by then,
 * since any later paint in them is undone first.
 */
record ResizeGrid(FloorDraft draft, int rowsBefore, int columnsBefore, int rowsAfter, int columnsAfter)
        implements EditCommand {
    @Override
    public void execute() {
        draft.resize(rowsAfter, columnsAfter);
    }

    @Override
    public void undo() {
        draft.resize(rowsBefore, columnsBefore);
    }
}
