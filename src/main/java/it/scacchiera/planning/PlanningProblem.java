package it.scacchiera.planning;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import it.scacchiera.roster.SiteZone;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a plan is made from.
 *
 * @param rooms one conflict graph per room (its {@code floor()} gives id and max-occupancy)
 * @param demands already resolved per date
 * @param remoteEmployers outsourcers authorised for remote work; in-house always is
 * @param sanitizeMinutes the gap a desk needs between two operators (SPEC default 30)
 * @param published the previously published plan, possibly empty: the solver changes it as little as it can
 * @param pins decisions the solver must keep
 * @param zone the site's time zone: shift times are wall-clock times there, rest and gaps real time
 */
public record PlanningProblem(
        List<ConflictGraph> rooms,
        List<Shift> shifts,
        List<Operator> operators,
        List<Demand> demands,
        Horizon horizon,
        Set<String> remoteEmployers,
        int sanitizeMinutes,
        List<ScheduleEntry> published,
        List<Pin> pins,
        ZoneId zone) {
    public static final int DEFAULT_SANITIZE_MINUTES = 30;

    public PlanningProblem {
        rooms = List.copyOf(rooms);
        shifts = List.copyOf(shifts);
        operators = List.copyOf(operators);
        demands = List.copyOf(demands);
        remoteEmployers = Set.copyOf(remoteEmployers);
        published = List.copyOf(published);
        pins = List.copyOf(pins);
        if (sanitizeMinutes < 0) {
            throw new IllegalArgumentException("sanitisation gap must be >= 0");
        }
        Objects.requireNonNull(zone, "zone");
    }

    /** A problem in the default zone, Europe/Rome. */
    public PlanningProblem(
            List<ConflictGraph> rooms,
            List<Shift> shifts,
            List<Operator> operators,
            List<Demand> demands,
            Horizon horizon,
            Set<String> remoteEmployers,
            int sanitizeMinutes,
            List<ScheduleEntry> published,
            List<Pin> pins) {
        this(
                rooms,
                shifts,
                operators,
                demands,
                horizon,
                remoteEmployers,
                sanitizeMinutes,
                published,
                pins,
                SiteZone.DEFAULT);
    }

    /** A problem with no published plan, no pins, in-house remote only, the default gap and zone. */
    public static PlanningProblem of(
            List<ConflictGraph> rooms,
            List<Shift> shifts,
            List<Operator> operators,
            List<Demand> demands,
            Horizon horizon) {
        return new PlanningProblem(
                rooms, shifts, operators, demands, horizon, Set.of(), DEFAULT_SANITIZE_MINUTES, List.of(), List.of());
    }

    /** The same problem with another previously published plan. */
    public PlanningProblem withPublished(List<ScheduleEntry> plan) {
        return new PlanningProblem(
                rooms, shifts, operators, demands, horizon, remoteEmployers, sanitizeMinutes, plan, pins, zone);
    }

    /** The same problem with other pinned decisions. */
    public PlanningProblem withPins(List<Pin> kept) {
        return new PlanningProblem(
                rooms, shifts, operators, demands, horizon, remoteEmployers, sanitizeMinutes, published, kept, zone);
    }

    /** The same problem in another time zone. */
    public PlanningProblem withZone(ZoneId other) {
        return new PlanningProblem(
                rooms, shifts, operators, demands, horizon, remoteEmployers, sanitizeMinutes, published, pins, other);
    }

    /** Rule 4: remote only with remote=yes and an in-house or authorised employer. */
    public boolean remoteAllowed(Operator operator) {
        return operator.remote() && (operator.inHouse() || remoteEmployers.contains(operator.employer()));
    }
}
