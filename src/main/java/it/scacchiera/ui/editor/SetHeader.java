package it.scacchiera.ui.editor;

import it.scacchiera.ui.common.EditCommand;

/** A new value for one header line. */
record SetHeader(FloorDraft draft, HeaderField field, String before, String after) implements EditCommand {
    @Override
    public void execute() {
        draft.setHeader(field, after);
    }

    @Override
    public void undo() {
        draft.setHeader(field, before);
    }
}
