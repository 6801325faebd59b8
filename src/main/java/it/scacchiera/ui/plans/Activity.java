package it.scacchiera.ui.plans;

/** What the plans panel is doing or last did; the status line words it from {@code plans.activity.*}. */
public enum Activity {
    IDLE,
    LOADING,
    SAVING,
    PUBLISHING,
    OPENING,
    DELETING,
    LISTED,
    SAVED,
    PUBLISHED,
    PUBLISHED_REPLACING,
    OPENED,
    DELETED,
    NOTHING_TO_SAVE,
    GONE,
    CONFLICT,
    RELOADED,
    FAILED
}
