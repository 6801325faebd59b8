package it.scacchiera.verify;

/**
 * One broken rule, in the counting units of the rules (every unit weighs 1).
 *
 * @param rule {@code "1"} … {@code "8"} for the hard rules of SPEC §3, {@code "coverage"} for the medium one
 * @param count units this violation weighs: 1 for a pair, the excess for occupancy, days off target, operators short
 * @param message who, where and when
 */
public record Violation(String rule, Severity severity, int count, String message) {
    public static final String COVERAGE = "coverage";

    public Violation {
        if (count < 1) {
            throw new IllegalArgumentException("a violation weighs at least 1");
        }
    }

    static Violation hard(int rule, int count, String message) {
        return new Violation(Integer.toString(rule), Severity.HARD, count, message);
    }

    @Override
    public String toString() {
        String what = rule.equals(COVERAGE) ? "coverage" : "rule " + rule + " " + name(rule);
        return what + (count > 1 ? " (x" + count + ")" : "") + ": " + message;
    }

    private static String name(String rule) {
        return switch (rule) {
            case "1" -> "(conflict)";
            case "2" -> "(desk)";
            case "3" -> "(occupancy)";
            case "4" -> "(remote)";
            case "5" -> "(shift, skill, availability)";
            case "6" -> "(rest)";
            case "7" -> "(days per week)";
            case "8" -> "(sanitisation)";
            default -> "";
        };
    }
}
