package it.scacchiera.export;

/** The spreadsheet formula guard of SPEC §4, shared by the writer (adds it) and the reader (removes it). */
final class FormulaGuard {
    private FormulaGuard() {}

    static boolean needsGuard(String cell) {
        return !cell.isEmpty() && isTrigger(cell.charAt(0));
    }

    /** Removes the ' only where the writer added it: before a trigger character. */
    static String unguard(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && isTrigger(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
