package it.scacchiera.ui.editor;

/** A header line of a floorplan the editor lets the user change, with its key as SPEC §1 writes it. */
public enum HeaderField {
    NAME("name"),
    CELL("cell"),
    DISTANCE("distance"),
    MAX_OCCUPANCY("max-occupancy");

    private final String key;

    HeaderField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
