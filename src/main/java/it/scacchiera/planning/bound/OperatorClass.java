package it.scacchiera.planning.bound;

import it.scacchiera.planning.PlanFactory;
import it.scacchiera.roster.Operator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Operators the bound counts together: same demanded skills and remote permission (rule 4), and,
 * as finely as the program's size allows, the same allowed shifts, days per week and unavailable
 * dates; at the coarsest, not even skills (everyone answers everything). A class whose members
 * differ is still a valid relaxation, since every row counts members:
 * per shift and date the members who may work it, per day or rest window the members who may work
 * in it at all, per week the days they owe in total (rule 7).
 *
 * @param skills the demanded services the members can answer
 * @param remote whether the members may work remotely (rule 4), so never need a seat
 */
public record OperatorClass(Set<String> skills, boolean remote, List<Operator> members) {
    /** How finely classes tell operators apart, finest first. */
    public enum Detail {
        EXACT,
        NO_AVAILABILITY,
        NO_DAYS_PER_WEEK,
        NO_SHIFTS,
        NO_SKILLS
    }

    private record Key(
            Set<String> skills, boolean remote, Set<String> shifts, int daysPerWeek, Set<LocalDate> unavailable) {}

    static List<OperatorClass> of(PlanFactory factory, Set<String> demanded, Detail detail) {
        var problem = factory.problem();
        Map<Key, List<Operator>> groups = new LinkedHashMap<>();
        for (Operator o : problem.operators()) {
            Set<String> skills = new TreeSet<>(o.skills());
            skills.retainAll(demanded);
            if (detail == Detail.NO_SKILLS) {
                skills = new TreeSet<>(demanded); // as if everyone answered every service
            }
            Set<String> shifts = new TreeSet<>();
            if (detail.compareTo(Detail.NO_SHIFTS) < 0) {
                problem.shifts().stream().filter(o::mayWork).forEach(s -> shifts.add(s.code()));
            }
            Set<LocalDate> off = new TreeSet<>();
            if (detail == Detail.EXACT) {
                o.unavailable().stream().filter(problem.horizon()::contains).forEach(off::add);
            }
            int days = detail.compareTo(Detail.NO_DAYS_PER_WEEK) < 0 ? o.daysPerWeek() : 0;
            var key = new Key(skills, problem.remoteAllowed(o), shifts, days, off);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        List<OperatorClass> classes = new ArrayList<>();
        groups.forEach((key, members) -> classes.add(new OperatorClass(key.skills(), key.remote(), members)));
        return classes;
    }

    /** How many members may work at least one of the shift instances (allowed, available). */
    int able(PlanFactory factory, List<ShiftInstance> instances) {
        int able = 0;
        for (Operator o : members) {
            for (ShiftInstance i : instances) {
                if (factory.workable(o, i.date()).contains(i.shift())) {
                    able++;
                    break;
                }
            }
        }
        return able;
    }

    /** Rule 7: the days the members owe in total in the week. */
    int owed(PlanFactory factory, List<LocalDate> week) {
        return members.stream().mapToInt(o -> factory.target(o, week)).sum();
    }
}
