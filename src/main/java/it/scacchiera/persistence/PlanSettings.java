package it.scacchiera.persistence;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The per-plan choices of SPEC §3: outsourcers authorised for remote work (in-house always is) and
 * the sanitisation gap between two operators at one desk.
 */
public record PlanSettings(Set<String> remoteEmployers, int sanitizeMinutes) {
    public static final int DEFAULT_SANITIZE_MINUTES = 30;
    public static final PlanSettings DEFAULT = new PlanSettings(Set.of(), DEFAULT_SANITIZE_MINUTES);

    public PlanSettings {
        remoteEmployers = Set.copyOf(remoteEmployers);
        for (String employer : remoteEmployers) {
            // stored and passed on the command line joined by '|', so a name cannot contain one
            if (employer.isBlank() || employer.contains("|")) {
                throw new IllegalArgumentException("not an employer name: '" + employer + "'");
            }
        }
        if (sanitizeMinutes < 0) {
            throw new IllegalArgumentException("sanitisation gap below zero: " + sanitizeMinutes);
        }
    }

    /** The employers sorted and joined by '|', as in {@code --remote-employers "A|B"}. */
    public String remoteEmployersJoined() {
        return String.join("|", new TreeSet<>(remoteEmployers));
    }

    public static PlanSettings of(String remoteEmployersJoined, int sanitizeMinutes) {
        Set<String> employers = remoteEmployersJoined.isEmpty()
                ? Set.of()
                : Arrays.stream(remoteEmployersJoined.split("\\|", -1)).collect(Collectors.toSet());
        return new PlanSettings(employers, sanitizeMinutes);
    }
}
