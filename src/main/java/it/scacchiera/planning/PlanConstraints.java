package it.scacchiera.planning;

import static org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ONE_HARD;
import static org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ONE_MEDIUM;
import static org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ONE_SOFT;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Demand;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The planning rules of SPEC §3 in the exact counting units of rules.md: every hard unit weighs 1,
 * so the hard score equals minus the violations {@code verify} lists, and the medium score minus
 * the coverage shortfall. {@code forEach} skips days off (shift null).
 */
public final class PlanConstraints implements ConstraintProvider {
    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            neighboursAtOnce(factory),
            nextToFixedPost(factory),
            sameDeskAtOnce(factory),
            notADesk(factory),
            overOccupancy(factory),
            remoteNotAllowed(factory),
            shiftNotAllowed(factory),
            serviceNotSkilled(factory),
            unavailableDate(factory),
            shiftNotRunning(factory),
            twoShiftsADay(factory),
            shortRest(factory),
            daysPerWeek(factory),
            sanitisationGap(factory),
            coverageShort(factory),
            coverageNobody(factory),
            deskContinuity(factory),
            roomsOpen(factory),
            teamsSplit(factory),
            remoteFairness(factory),
            shiftFairness(factory),
            publishedChanges(factory)
        };
    }

    private static UniConstraintStream<Assignment> office(ConstraintFactory factory) {
        return factory.forEach(Assignment.class).filter(Assignment::isOffice);
    }

    // Hard rule 1: starts from the precomputed conflicts, so it grows with the edges, not occupancy².
    Constraint neighboursAtOnce(ConstraintFactory factory) {
        return factory.forEach(DeskConflict.class)
                .join(Assignment.class, Joiners.equal(DeskConflict::a, Assignment::getLocation))
                .join(
                        Assignment.class,
                        Joiners.equal((c, x) -> c.b(), Assignment::getLocation),
                        Joiners.overlapping(
                                (c, x) -> x.getStart(), (c, x) -> x.getEnd(), Assignment::getStart, Assignment::getEnd))
                .penalize(ONE_HARD)
                .justifyWith((c, x, y, score) -> why(List.of(x, y), Reason.NEIGHBOURS_AT_ONCE))
                .asConstraint("Neighbouring desks occupied at once");
    }

    Constraint nextToFixedPost(ConstraintFactory factory) {
        return office(factory)
                .filter(a -> a.getLocation().fixedPostConflicts() > 0)
                .penalize(ONE_HARD, a -> a.getLocation().fixedPostConflicts())
                .justifyWith((a, score) -> why(List.of(a), Reason.NEXT_TO_FIXED_POST))
                .asConstraint("Desk next to a fixed post");
    }

    // Hard rule 2.
    Constraint sameDeskAtOnce(ConstraintFactory factory) {
        return office(factory)
                .join(
                        office(factory),
                        Joiners.equal(Assignment::getLocation),
                        Joiners.lessThan(Assignment::getId),
                        Joiners.overlapping(Assignment::getStart, Assignment::getEnd))
                .penalize(ONE_HARD)
                .justifyWith((a, b, score) -> why(List.of(a, b), Reason.SAME_DESK_AT_ONCE))
                .asConstraint("One desk, two operators at once");
    }

    Constraint notADesk(ConstraintFactory factory) {
        return office(factory)
                .filter(a -> !a.getLocation().assignable())
                .penalize(ONE_HARD)
                .justifyWith((a, score) -> why(List.of(a), Reason.NOT_A_DESK))
                .asConstraint("Not an assignable desk");
    }

    // Hard rule 3: running office entries counted at every shift start of the horizon.
    Constraint overOccupancy(ConstraintFactory factory) {
        return factory.forEach(Moment.class)
                .join(
                        office(factory),
                        Joiners.equal(Moment::roomId, Assignment::getRoomId),
                        Joiners.greaterThanOrEqual(Moment::minute, Assignment::getStart),
                        Joiners.lessThan(Moment::minute, Assignment::getEnd))
                .groupBy((m, a) -> m, ConstraintCollectors.countBi())
                .filter((m, count) -> count > m.allowed())
                .penalize(ONE_HARD, (m, count) -> count - m.allowed())
                .justifyWith((m, count, score) -> new Why(
                        List.of(), m.roomId(), List.of(), m.at(), Reason.OVER_OCCUPANCY, List.of(count, m.allowed())))
                .asConstraint("Room over max-occupancy");
    }

    // Hard rule 4.
    Constraint remoteNotAllowed(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isRemote() && !a.isRemoteAllowed())
                .penalize(ONE_HARD)
                .justifyWith((a, score) -> why(List.of(a), Reason.REMOTE_NOT_ALLOWED))
                .asConstraint("Remote not allowed");
    }

    // Hard rule 5, one unit per broken condition.
    Constraint shiftNotAllowed(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> !a.getOperator().mayWork(a.getShift()))
                .penalize(ONE_HARD)
                .justifyWith((a, score) -> why(List.of(a), Reason.SHIFT_NOT_ALLOWED))
                .asConstraint("Shift not allowed");
    }

    Constraint serviceNotSkilled(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> !a.getOperator().hasSkill(a.getService()))
                .penalize(ONE_HARD)
                .justifyWith((a, score) -> why(List.of(a), Reason.SERVICE_NOT_SKILLED))
                .asConstraint("Service not among the skills");
    }

    Constraint unavailableDate(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> !a.getOperator().availableOn(a.getDate()))
                .penalize(ONE_HARD)
                .justifyWith((a, score) -> why(List.of(a), Reason.UNAVAILABLE_DATE))
                .asConstraint("Working on an unavailable date");
    }

    Constraint shiftNotRunning(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> !a.getShift().runsOn(a.getDate()))
                .penalize(ONE_HARD)
                .justifyWith((a, score) -> why(List.of(a), Reason.SHIFT_NOT_RUNNING))
                .asConstraint("Shift does not run that day");
    }

    Constraint twoShiftsADay(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .groupBy(Assignment::getOperatorId, Assignment::getDate, ConstraintCollectors.count())
                .filter((operator, date, count) -> count > 1)
                .penalize(ONE_HARD, (operator, date, count) -> count - 1)
                .justifyWith((operator, date, count, score) -> new Why(
                        List.of(operator),
                        null,
                        List.of(),
                        date.atStartOfDay(),
                        Reason.TWO_SHIFTS_A_DAY,
                        List.of(count)))
                .asConstraint("More than one shift a day");
    }

    // Hard rule 6: [start, end + 11 h) of two entries of one operator overlap iff the rest is short.
    Constraint shortRest(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        Assignment.class,
                        Joiners.equal(Assignment::getOperatorId),
                        Joiners.overlapping(Assignment::getStart, Assignment::getRestEnd))
                .penalize(ONE_HARD)
                .justifyWith((a, b, score) -> why(List.of(a, b), Reason.SHORT_REST))
                .asConstraint("Less than 11 hours of rest");
    }

    // Hard rule 7: includes days off, so a week with no shift at all is counted too.
    Constraint daysPerWeek(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Assignment.class)
                .groupBy(Assignment::getWeekTarget, ConstraintCollectors.sum(a -> a.isWorking() ? 1 : 0))
                .filter((target, days) -> days != target.target())
                .penalize(ONE_HARD, (target, days) -> Math.abs(days - target.target()))
                .justifyWith((target, days, score) -> new Why(
                        List.of(target.operatorId()),
                        null,
                        List.of(),
                        null,
                        Reason.DAYS_PER_WEEK,
                        List.of(days, target.week() + 1, target.target())))
                .asConstraint("Days per week");
    }

    // Hard rule 8: overlapping pairs are rule 2's; the same operator needs no cleaning in between.
    Constraint sanitisationGap(ConstraintFactory factory) {
        return office(factory)
                .join(
                        office(factory),
                        Joiners.equal(Assignment::getLocation),
                        Joiners.lessThan(Assignment::getId),
                        Joiners.overlapping(Assignment::getStart, Assignment::getSanitizedEnd))
                .filter((a, b) -> !a.getOperator().equals(b.getOperator())
                        && (a.getEnd() <= b.getStart() || b.getEnd() <= a.getStart()))
                .penalize(ONE_HARD)
                .justifyWith((a, b, score) -> why(List.of(a, b), Reason.SANITISATION_GAP))
                .asConstraint("Sanitisation gap");
    }

    // Medium: one point per operator short of a demand.
    Constraint coverageShort(ConstraintFactory factory) {
        return factory.forEach(Demand.class)
                .join(
                        Assignment.class,
                        Joiners.equal(Demand::date, Assignment::getDate),
                        Joiners.equal(Demand::shift, Assignment::getShiftCode),
                        Joiners.equal(Demand::service, Assignment::getService))
                .groupBy((d, a) -> d, ConstraintCollectors.countBi())
                .filter((d, staffed) -> staffed < d.required())
                .penalize(ONE_MEDIUM, (d, staffed) -> d.required() - staffed)
                .justifyWith((d, staffed, score) -> shortfall(d, staffed))
                .asConstraint("Coverage short");
    }

    Constraint coverageNobody(ConstraintFactory factory) {
        return factory.forEach(Demand.class)
                .filter(d -> d.required() > 0)
                .ifNotExists(
                        Assignment.class,
                        Joiners.equal(Demand::date, Assignment::getDate),
                        Joiners.equal(Demand::shift, Assignment::getShiftCode),
                        Joiners.equal(Demand::service, Assignment::getService))
                .penalize(ONE_MEDIUM, Demand::required)
                .justifyWith((d, score) -> shortfall(d, 0))
                .asConstraint("Coverage short, nobody");
    }

    // Soft: people and continuity.
    // One point per desk beyond the first that an operator uses in the horizon.
    Constraint deskContinuity(ConstraintFactory factory) {
        return office(factory)
                .groupBy(Assignment::getOperatorId, ConstraintCollectors.countDistinct(Assignment::getLocation))
                .filter((operator, desks) -> desks > 1)
                .penalize(ONE_SOFT, (operator, desks) -> desks - 1)
                .asConstraint("Same desk across days");
    }

    Constraint roomsOpen(ConstraintFactory factory) {
        return office(factory)
                .groupBy(Assignment::getDate, Assignment::getShiftCode, Assignment::getRoomId)
                .penalize(HardMediumSoftScore.ofSoft(5))
                .asConstraint("Rooms open per shift");
    }

    // One point per room beyond the first that a team sits in during one shift.
    Constraint teamsSplit(ConstraintFactory factory) {
        return office(factory)
                .groupBy(
                        Assignment::getDate,
                        Assignment::getShiftCode,
                        a -> a.getOperator().team(),
                        ConstraintCollectors.countDistinct(Assignment::getRoomId))
                .filter((date, shift, team, rooms) -> rooms > 1)
                .penalize(HardMediumSoftScore.ofSoft(2), (date, shift, team, rooms) -> rooms - 1)
                .asConstraint("Team seated across rooms");
    }

    // Squares spread remote days evenly over the remote-eligible operators.
    Constraint remoteFairness(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isRemote)
                .groupBy(Assignment::getOperatorId, ConstraintCollectors.count())
                .penalize(ONE_SOFT, (operator, days) -> days * days)
                .asConstraint("Remote days rotated fairly");
    }

    Constraint shiftFairness(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .groupBy(Assignment::getOperatorId, Assignment::getShiftCode, ConstraintCollectors.count())
                .penalize(ONE_SOFT, (operator, shift, days) -> days * days)
                .asConstraint("Shifts rotated fairly");
    }

    Constraint publishedChanges(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Assignment.class)
                .filter(Assignment::isChangedFromPublished)
                .penalize(HardMediumSoftScore.ofSoft(10))
                .asConstraint("Changes from the published plan");
    }

    private static Why why(List<Assignment> entries, Reason reason) {
        Assignment first = entries.get(0);
        List<DeskId> desks = entries.stream()
                .map(Assignment::getLocation)
                .filter(Location::office)
                .map(Location::desk)
                .toList();
        return new Why(
                entries.stream().map(Assignment::getOperatorId).toList(),
                first.getRoomId(),
                desks,
                first.getStartDateTime(),
                reason);
    }

    private static Why shortfall(Demand d, int staffed) {
        return new Why(
                List.of(),
                null,
                List.of(),
                d.date().atStartOfDay(),
                Reason.COVERAGE_SHORT,
                List.of(d.service(), d.shift(), staffed, d.required()));
    }
}
