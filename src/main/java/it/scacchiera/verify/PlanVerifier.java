package it.scacchiera.verify;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import it.scacchiera.roster.SiteZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a schedule against the planning rules of SPEC §3 without the solver, counting in the units
 * of the shared rules page, so that its hard count equals the solver's hard score on every plan.
 * Entries are indexed by room and seat, room and date, and operator: no rule compares all pairs.
 */
public final class PlanVerifier {
    public static final int DEFAULT_SANITIZE_MINUTES = 30;

    private final Map<String, Shift> shifts;
    private final Map<String, Operator> operators;
    private final SeatingRules seating;
    private final PeopleRules people;
    private final List<Demand> demand;
    private final Horizon horizon;
    private final ZoneId zone;

    /** A verifier for a site in the default zone, Europe/Rome. */
    public PlanVerifier(
            List<ConflictGraph> rooms,
            List<Shift> shifts,
            List<Operator> operators,
            List<Demand> demand,
            Horizon horizon,
            Set<String> remoteEmployers,
            int sanitizeMinutes) {
        this(rooms, shifts, operators, demand, horizon, remoteEmployers, sanitizeMinutes, SiteZone.DEFAULT);
    }

    /**
     * @param rooms one conflict graph per room, keyed by its floor's id
     * @param remoteEmployers outsourcers authorised for remote work; in-house always is
     * @param sanitizeMinutes the least gap between two operators on one desk
     * @param zone the site's zone: shift times are wall-clock times there, rest and gaps real time
     */
    public PlanVerifier(
            List<ConflictGraph> rooms,
            List<Shift> shifts,
            List<Operator> operators,
            List<Demand> demand,
            Horizon horizon,
            Set<String> remoteEmployers,
            int sanitizeMinutes,
            ZoneId zone) {
        if (sanitizeMinutes < 0) {
            throw new IllegalArgumentException("sanitize minutes must be >= 0");
        }
        this.shifts = index(shifts, Shift::code);
        this.operators = index(operators, Operator::id);
        this.demand = List.copyOf(demand);
        this.horizon = horizon;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.seating = new SeatingRules(index(rooms, g -> g.floor().id()), shifts, horizon, sanitizeMinutes, zone);
        this.people = new PeopleRules(operators, shifts, horizon, remoteEmployers);
    }

    /**
     * Every broken rule of the schedule.
     *
     * @throws IllegalArgumentException when an entry names an operator or shift not given here (the
     *     schedule reader rejects those as bad input first)
     */
    public VerifyReport verify(List<ScheduleEntry> entries) {
        List<Slot> slots = new ArrayList<>(entries.size());
        for (ScheduleEntry entry : entries) {
            Operator operator = operators.get(entry.operatorId());
            Shift shift = shifts.get(entry.shift());
            if (operator == null || shift == null) {
                throw new IllegalArgumentException("unknown operator or shift in " + entry);
            }
            slots.add(Slot.of(entry, operator, shift, zone));
        }
        slots.sort(
                Comparator.comparing(Slot::start).thenComparing(s -> s.entry().operatorId()));
        List<Violation> found = new ArrayList<>();
        seating.check(slots, found);
        people.check(slots, found);
        coverage(slots, found);
        return new VerifyReport(found);
    }

    /**
     * The whole weeks, from a Monday, that span the schedule's dates: what {@code verify} checks
     * when no {@code --from} is given.
     *
     * @throws IllegalArgumentException for an empty schedule, which spans no week
     */
    public static Horizon spanning(List<ScheduleEntry> entries) {
        LocalDate first = entries.stream()
                .map(ScheduleEntry::date)
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("an empty schedule spans no week"));
        LocalDate last = entries.stream()
                .map(ScheduleEntry::date)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Horizon(monday, (int) (ChronoUnit.DAYS.between(monday, last) / 7 + 1));
    }

    /** Medium: each operator short of a demand row inside the horizon costs one point. */
    private void coverage(List<Slot> slots, List<Violation> found) {
        Map<List<Object>, Long> staffed = slots.stream()
                .collect(Collectors.groupingBy(
                        s -> List.of(
                                s.entry().date(), s.entry().shift(), s.entry().service()),
                        Collectors.counting()));
        for (Demand row : demand) {
            if (!horizon.contains(row.date())) {
                continue;
            }
            long have = staffed.getOrDefault(List.of(row.date(), row.shift(), row.service()), 0L);
            if (have < row.required()) {
                found.add(new Violation(
                        Violation.COVERAGE,
                        Severity.MEDIUM,
                        (int) (row.required() - have),
                        "service " + row.service() + " on " + row.date() + " shift " + row.shift() + ": " + have
                                + " of " + row.required() + " operators"));
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> a));
    }
}
