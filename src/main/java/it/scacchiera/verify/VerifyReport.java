package it.scacchiera.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** What verify found: each violation, the hard units and the medium shortfall. */
public record VerifyReport(List<Violation> violations) {
    public VerifyReport {
        violations = List.copyOf(violations);
    }

    /** The sum of hard units: equals the solver's hard score, negated. */
    public int hardCount() {
        return sum(Severity.HARD);
    }

    /** Operators short of demand, summed: equals the solver's medium score, negated. */
    public int mediumShortfall() {
        return sum(Severity.MEDIUM);
    }

    public boolean feasible() {
        return hardCount() == 0;
    }

    public int count(String rule) {
        return violations.stream()
                .filter(v -> v.rule().equals(rule))
                .mapToInt(Violation::count)
                .sum();
    }

    /** The line verify ends with (SPEC §5). */
    public String summary() {
        return "hard=" + hardCount() + " medium=" + mediumShortfall();
    }

    /** Each violation on its own line, then {@link #summary()}. */
    public void print(Appendable out) {
        try {
            for (Violation violation : violations) {
                out.append(violation.toString()).append(System.lineSeparator());
            }
            out.append(summary()).append(System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int sum(Severity severity) {
        return violations.stream()
                .filter(v -> v.severity() == severity)
                .mapToInt(Violation::count)
                .sum();
    }
}
