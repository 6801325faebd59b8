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
        String what = rule.equals(COVERAGE) ? "coverage" : "rule " + rule;
        return what + (count > 1 ? " (x" + count + ")" : "") + ": " + message;
    }
}
