package it.scacchiera.ui.plan;

/**
 * Operators placed on demanded services (each demand counted up to its requirement) out of those
 * required, and the shortfall no plan of the site can avoid (−1 while unknown).
 */
public record Coverage(int covered, int required, int unavoidable) {
    public static final Coverage NONE = new Coverage(0, 0, -1);

    public Coverage(int covered, int required) {
        this(covered, required, -1);
    }

    public int shortfall() {
        return required - covered;
    }
}
