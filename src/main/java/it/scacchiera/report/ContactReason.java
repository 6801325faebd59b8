package it.scacchiera.report;

/** Why a person is on the contact list (SPEC §4). */
public enum ContactReason {
    SAME_ROOM("same room"),
    SAME_DESK("same desk");

    private final String text;

    ContactReason(String text) {
        this.text = text;
    }

    /** As the CSV writes it. */
    public String text() {
        return text;
    }
}
