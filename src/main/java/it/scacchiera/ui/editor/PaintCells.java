package it.scacchiera.ui.editor;

import it.scacchiera.ui.common.EditCommand;
import java.util.ArrayList;
import java.util.List;

/** One stroke of the brush: every cell it changed, with the symbol it had before. */
final class PaintCells implements EditCommand {
    private record Change(int row, int column, char before, char after) {}

    private final FloorDraft draft;
    private final List<Change> changes = new ArrayList<>();

    PaintCells(FloorDraft draft) {
        this.draft = draft;
    }

    /** Paints one more cell as part of this stroke; false when it already had that symbol. */
    boolean paint(int row, int column, char symbol) {
        char before = draft.cell(row, column);
        if (before == symbol) {
            return false;
        }
        changes.add(new Change(row, column, before, symbol));
        draft.setCell(row, column, symbol);
        return true;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public void execute() {
        changes.forEach(change -> draft.setCell(change.row(), change.column(), change.after()));
    }

    @Override
    public void undo() {
        // Backwards, so a cell painted twice in one stroke gets its first value back.
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change change = changes.get(i);
            draft.setCell(change.row(), change.column(), change.before());
        }
    }
}
