package it.scacchiera.floorplan;

/** What one character of a floorplan grid stands for (SPEC §1). */
public enum CellKind {
    DESK('D'),
    OUT_OF_SERVICE('X'),
    FIXED_POST('S'),
    FLOOR('.'),
    WALL('#'),
    SCREEN_VERTICAL('|'),
    SCREEN_HORIZONTAL('-'),
    OUTSIDE(' ');

    private final char symbol;

    CellKind(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    /** The kind for a grid character, or null when the character is not one of ours. */
    public static CellKind of(int codePoint) {
        for (CellKind kind : values()) {
            if (kind.symbol == codePoint) {
                return kind;
            }
        }
        return null;
    }

    /** A seat can be occupied: an assignable desk or a fixed post. */
    public boolean isSeat() {
        return this == DESK || this == FIXED_POST;
    }

    /** Walls and screens block the line of sight for metric distancing. */
    public boolean blocks() {
        return this == WALL || this == SCREEN_VERTICAL || this == SCREEN_HORIZONTAL;
    }

    /** Desk-like cells that carry a desk id: D, X and S. */
    public boolean hasDeskId() {
        return this == DESK || this == OUT_OF_SERVICE || this == FIXED_POST;
    }
}
