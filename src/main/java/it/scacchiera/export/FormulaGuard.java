package it.scacchiera.export;

/** The spreadsheet formula guard of SPEC §4, shared by the writer (adds it) and the reader (removes it). */
final class FormulaGuard {
    private FormulaGuard() {}

    /**
     * A cell starting with a trigger, or with a ' before one: guarding the latter too keeps the
     * round trip lossless, since the reader removes one ' before a trigger.
     */
    static boolean needsGuard(String cell) {
        return !cell.isEmpty() && (isTrigger(cell.charAt(0)) || isGuarded(cell));
    }

    /** Removes the ' only where the writer added it: before a trigger character. */
    static String unguard(String cell) {
        return isGuarded(cell) ? cell.substring(1) : cell;
    }

    private static boolean isGuarded(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < cell.length() && isTrigger(cell.charAt(i));
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
