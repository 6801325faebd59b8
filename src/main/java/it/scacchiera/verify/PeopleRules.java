package it.scacchiera.verify;

import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hard rules about people: 4 remote, 5 shift/skill/availability/one a day, 6 rest, 7 days per week. */
final class PeopleRules {
    static final int REST_MINUTES = 11 * 60;

    private final List<Operator> operators;
    private final List<Shift> shifts;
    private final Horizon horizon;
    private final Set<String> remoteEmployers;

    PeopleRules(List<Operator> operators, List<Shift> shifts, Horizon horizon, Set<String> remoteEmployers) {
        this.operators = List.copyOf(operators);
        this.shifts = List.copyOf(shifts);
        this.horizon = horizon;
        this.remoteEmployers = Set.copyOf(remoteEmployers);
    }

    /** {@code slots} sorted by start. */
    void check(List<Slot> slots, List<Violation> found) {
        Map<String, List<Slot>> byOperator = new HashMap<>();
        for (Slot slot : slots) {
            remote(slot, found);
            perEntry(slot, found);
            byOperator
                    .computeIfAbsent(slot.entry().operatorId(), id -> new ArrayList<>())
                    .add(slot);
        }
        for (Operator operator : operators) {
            List<Slot> own = byOperator.getOrDefault(operator.id(), List.of());
            oneShiftADay(operator, own, found);
            rest(own, found);
            days(operator, own, found);
        }
    }

    /** Rule 4, once per entry whatever the reasons. */
    private void remote(Slot slot, List<Violation> found) {
        if (!slot.entry().remote()) {
            return;
        }
        Operator operator = slot.operator();
        if (!operator.remote()) {
            found.add(Violation.hard(4, 1, slot.describe() + ": operator may not work remotely"));
        } else if (!operator.inHouse() && !remoteEmployers.contains(operator.employer())) {
            found.add(Violation.hard(
                    4, 1, slot.describe() + ": employer " + operator.employer() + " not authorised for remote work"));
        }
    }

    /** Rule 5, the four per-entry checks, one unit each. */
    private void perEntry(Slot slot, List<Violation> found) {
        Operator operator = slot.operator();
        Shift shift = slot.shift();
        LocalDate date = slot.entry().date();
        if (!operator.mayWork(shift)) {
            found.add(Violation.hard(5, 1, slot.describe() + ": shift " + shift.code() + " not allowed"));
        }
        if (!operator.hasSkill(slot.entry().service())) {
            found.add(Violation.hard(
                    5,
                    1,
                    slot.describe() + ": no skill for service " + slot.entry().service()));
        }
        if (!operator.availableOn(date)) {
            found.add(Violation.hard(5, 1, slot.describe() + ": unavailable on " + date));
        }
        if (!shift.runsOn(date)) {
            found.add(Violation.hard(
                    5, 1, slot.describe() + ": shift " + shift.code() + " does not run on " + date.getDayOfWeek()));
        }
    }

    /** Rule 5, at most one shift a day: count − 1 per operator and date. */
    private void oneShiftADay(Operator operator, List<Slot> own, List<Violation> found) {
        Map<LocalDate, Integer> perDate = new LinkedHashMap<>();
        for (Slot slot : own) {
            perDate.merge(slot.entry().date(), 1, Integer::sum);
        }
        perDate.forEach((date, count) -> {
            if (count > 1) {
                found.add(Violation.hard(
                        5,
                        count - 1,
                        operator.id() + " (" + operator.name() + ") has " + count + " shifts on " + date));
            }
        });
    }

    /** Rule 6 over the operator's slots sorted by start: a later one counts while it starts within end + 11 h. */
    private void rest(List<Slot> own, List<Violation> found) {
        for (int i = 0; i < own.size(); i++) {
            Slot first = own.get(i);
            // plusMinutes on a ZonedDateTime adds real time: 22:00 + 11 h is 10:00 on the night clocks go forward
            ZonedDateTime rested = first.end().plusMinutes(REST_MINUTES);
            for (int j = i + 1; j < own.size() && own.get(j).start().isBefore(rested); j++) {
                Slot next = own.get(j);
                found.add(Violation.hard(
                        6,
                        1,
                        first.who() + " rests " + first.minutesUntil(next) + " min (need " + REST_MINUTES + ") between "
                                + first.when() + " and " + next.when()));
            }
        }
    }

    /** Rule 7: per horizon week, |entries − min(days_per_week, available days)|. */
    private void days(Operator operator, List<Slot> own, List<Violation> found) {
        int[] worked = new int[horizon.weeks()];
        for (Slot slot : own) {
            if (horizon.contains(slot.entry().date())) {
                worked[horizon.weekOf(slot.entry().date())]++;
            }
        }
        for (int week = 0; week < horizon.weeks(); week++) {
            LocalDate monday = horizon.from().plusWeeks(week);
            int available = 0;
            for (int d = 0; d < 7; d++) {
                if (available(operator, monday.plusDays(d))) {
                    available++;
                }
            }
            int target = Math.min(operator.daysPerWeek(), available);
            if (worked[week] != target) {
                found.add(Violation.hard(
                        7,
                        Math.abs(worked[week] - target),
                        operator.id() + " (" + operator.name() + ") works " + worked[week] + " days in the week of "
                                + monday + ", should work " + target));
            }
        }
    }

    private boolean available(Operator operator, LocalDate date) {
        return operator.availableOn(date) && shifts.stream().anyMatch(s -> operator.mayWork(s) && s.runsOn(date));
    }
}
