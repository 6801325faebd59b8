package it.scacchiera.ui.common;

import it.scacchiera.input.InputException;

/** Words an exception for the status bar: bad input already names file, line and column. */
public final class Failures {
    private Failures() {}

    public static String describe(Throwable failure) {
        if (failure instanceof InputException) {
            return failure.getMessage();
        }
        String name = failure.getClass().getSimpleName();
        return failure.getMessage() == null ? name : name + ": " + failure.getMessage();
    }
}
