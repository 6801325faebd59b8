package it.scacchiera.input;

/** A place in a user's file: lines and columns count from 1, columns in code points. */
public record SourcePosition(String file, int line, int column) {
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1");
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
