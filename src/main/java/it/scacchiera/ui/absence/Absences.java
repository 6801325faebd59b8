package it.scacchiera.ui.absence;

import it.scacchiera.roster.Operator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Absences marked in this app session: dates only, never a reason (we store no health data). The
 * operators read from {@code operators.csv} are immutable; every solve plans with copies that add these
 * dates to their unavailability, so an absence survives a re-solve.
 */
public final class Absences implements UnaryOperator<List<Operator>> {
    private final Map<String, Set<LocalDate>> dates = new HashMap<>();

    /**
     * Marks {@code operatorId} absent from {@code from} to {@code to}, both included.
     *
     * @return the dates not marked before, so that a discarded re-plan can take back just those
     */
    public Set<LocalDate> add(String operatorId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("absence ends before it starts");
        }
        Set<LocalDate> marked = dates.computeIfAbsent(operatorId, id -> new HashSet<>());
        Set<LocalDate> added = new HashSet<>();
        from.datesUntil(to.plusDays(1)).filter(marked::add).forEach(added::add);
        return Set.copyOf(added);
    }

    public void remove(String operatorId, Set<LocalDate> taken) {
        Set<LocalDate> marked = dates.get(operatorId);
        if (marked != null) {
            marked.removeAll(taken);
        }
    }

    public Set<LocalDate> of(String operatorId) {
        return Set.copyOf(dates.getOrDefault(operatorId, Set.of()));
    }

    /** The operators with their marked absences added to their unavailable dates. */
    @Override
    public List<Operator> apply(List<Operator> operators) {
        return operators.stream().map(this::absent).toList();
    }

    private Operator absent(Operator o) {
        Set<LocalDate> marked = dates.get(o.id());
        if (marked == null) {
            return o;
        }
        var unavailable = new HashSet<>(o.unavailable());
        unavailable.addAll(marked);
        return new Operator(
                o.id(),
                o.name(),
                o.team(),
                o.employer(),
                o.skills(),
                o.remote(),
                o.daysPerWeek(),
                o.shifts(),
                unavailable,
                o.headset());
    }
}
