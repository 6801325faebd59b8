package it.scacchiera.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An operator of {@code operators.csv}. Stores what planning needs and nothing more (SPEC §6).
 *
 * @param employer {@link #IN_HOUSE} or the outsourcer's name, never empty
 * @param skills service codes, in file order
 * @param remote whether the operator can work from home
 * @param shifts shift codes the operator may work; empty means any
 */
public record Operator(
        String id,
        String name,
        String team,
        String employer,
        List<String> skills,
        boolean remote,
        int daysPerWeek,
        Set<String> shifts,
        Set<LocalDate> unavailable,
        String headset) {
    public static final String IN_HOUSE = "in-house";

    public Operator {
        employer = employer == null || employer.isBlank() ? IN_HOUSE : employer;
        team = team == null ? "" : team;
        headset = headset == null ? "" : headset;
        skills = List.copyOf(skills);
        shifts = Set.copyOf(shifts);
        unavailable = Set.copyOf(unavailable);
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("days_per_week from 1 to 7");
        }
    }

    public boolean inHouse() {
        return IN_HOUSE.equalsIgnoreCase(employer);
    }

    public boolean mayWork(Shift shift) {
        return shifts.isEmpty() || shifts.contains(shift.code());
    }

    public boolean hasSkill(String service) {
        return skills.contains(service);
    }

    public boolean availableOn(LocalDate date) {
        return !unavailable.contains(date);
    }
}
