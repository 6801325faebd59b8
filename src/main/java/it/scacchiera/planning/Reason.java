package it.scacchiera.planning;

/**
 * What a broken rule's match is about, as a stable code: the UI looks up {@code why.reason.<CODE>} in its
 * bundles and fills in the {@link Why}'s arguments; {@link #english()} is the planner's own wording, for logs
 * and tests. Patterns are {@link java.text.MessageFormat} ones; numbers use {@code #} so the English text
 * never depends on the machine's locale.
 */
public enum Reason {
    NEIGHBOURS_AT_ONCE("neighbouring desks occupied at once"),
    NEXT_TO_FIXED_POST("desk next to a fixed post"),
    SAME_DESK_AT_ONCE("one desk, two operators at once"),
    NOT_A_DESK("not an assignable desk"),
    /** {0} operators in the room, {1} allowed. */
    OVER_OCCUPANCY("{0,number,#} in the room, {1,number,#} allowed"),
    REMOTE_NOT_ALLOWED("remote not allowed"),
    SHIFT_NOT_ALLOWED("shift not allowed"),
    SERVICE_NOT_SKILLED("service not among the skills"),
    UNAVAILABLE_DATE("working on an unavailable date"),
    SHIFT_NOT_RUNNING("shift does not run that day"),
    /** {0} shifts on one day. */
    TWO_SHIFTS_A_DAY("{0,number,#} shifts a day"),
    SHORT_REST("less than 11 hours of rest"),
    /** {0} days worked in week {1} (from 1) instead of {2}. */
    DAYS_PER_WEEK("{0,number,#} days in week {1,number,#} instead of {2,number,#}"),
    SANITISATION_GAP("desk passed on without sanitisation"),
    /** Service {0} in shift {1}: {2} staffed of {3} required. */
    COVERAGE_SHORT("{0} in {1}: {2,number,#} of {3,number,#}");

    private final String english;

    Reason(String english) {
        this.english = english;
    }

    /** The MessageFormat pattern of the English sentence. */
    public String english() {
        return english;
    }
}
