package it.scacchiera.bench.planted;

import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An operator while the hidden plan is built: one shift type worked every working day (so rest is 16 hours
 * or more), one service, and the dates worked; the Operator is derived at the end from what they did.
 */
final class Member {
    final Shift shift;
    final String employer;
    final boolean remote;
    final String service;
    final List<String> skills;
    final Set<String> allowedShifts;
    final int daysPerWeek;
    final String team;
    final TreeSet<LocalDate> worked = new TreeSet<>();
    final TreeSet<LocalDate> unavailable = new TreeSet<>();

    Member(
            Shift shift,
            String employer,
            boolean remote,
            String service,
            List<String> skills,
            Set<String> allowedShifts,
            int daysPerWeek,
            String team) {
        this.shift = shift;
        this.employer = employer;
        this.remote = remote;
        this.service = service;
        this.skills = List.copyOf(skills);
        this.allowedShifts = Set.copyOf(allowedShifts);
        this.daysPerWeek = daysPerWeek;
        this.team = team;
    }

    Operator operator(String id, int number) {
        return new Operator(
                id,
                "Operator " + number,
                team,
                employer,
                skills,
                remote,
                daysPerWeek,
                allowedShifts,
                unavailable,
                String.format("H%04d", number));
    }
}
