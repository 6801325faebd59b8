package it.scacchiera.input;

/**
 * Bad input in a user's file. Prints as {@code file:line:col: problem (expected …)}; tests and the UI
 * read {@link #position()}, {@link #problem()} and {@link #expected()}, not the text.
 */
public final class InputException extends Exception {
    private final SourcePosition position;
    private final String problem;
    private final String expected;

    public InputException(SourcePosition position, String problem, String expected) {
        super(position + ": " + problem + (expected.isEmpty() ? "" : " (expected " + expected + ")"));
        this.position = position;
        this.problem = problem;
        this.expected = expected;
    }

    public SourcePosition position() {
        return position;
    }

    public String problem() {
        return problem;
    }

    /** What was expected at the position; empty when the problem says it all. */
    public String expected() {
        return expected;
    }
}
