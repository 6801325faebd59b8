package it.scacchiera.ui.plan;

/** Operators placed on demanded services (each demand counted up to its requirement) out of those required. */
public record Coverage(int covered, int required) {
    public static final Coverage NONE = new Coverage(0, 0);
}
