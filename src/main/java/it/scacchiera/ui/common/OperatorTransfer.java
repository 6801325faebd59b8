package it.scacchiera.ui.common;

import javafx.scene.input.DataFormat;

/**
 * The drag-and-drop format of an operator: the content is the operator id. Any list of operators can be
 * a drag source for the map and the remote list.
 */
public final class OperatorTransfer {
    public static final String MIME = "application/x-scacchiera-operator";

    private OperatorTransfer() {}

    /** JavaFX refuses a second DataFormat of one MIME type, so every user shares the registered one. */
    public static DataFormat format() {
        DataFormat known = DataFormat.lookupMimeType(MIME);
        return known != null ? known : new DataFormat(MIME);
    }
}
