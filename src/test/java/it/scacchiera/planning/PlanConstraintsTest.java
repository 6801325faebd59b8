package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.MONDAY;
import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.demand;
import static it.scacchiera.planning.TestSite.desk;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class PlanConstraintsTest {
    private final ConstraintVerifier<PlanConstraints, Plan> verifier =
            ConstraintVerifier.build(new PlanConstraints(), Plan.class, Assignment.class);
    private PlanFactory factory;
    private Plan plan;

    @BeforeEach
    void site() {
        factory = factory(Set.of());
        plan = factory.emptyPlan();
    }

    private static PlanFactory factory(Set<String> remoteEmployers) {
        var rooms = List.of(room("r", -1, "DDD.D", "S....", "X...."), room("cap", 3, "D.D.D.S"));
        var shifts = List.of(
                shift("M", "08:00", "14:00"),
                shift("P", "14:00", "20:00"),
                shift("N", "22:00", "06:00"),
                shift("E", "05:00", "13:00"),
                shift("L", "17:00", "23:00"),
                shift("Q", "14:30", "20:00"),
                shift("R", "14:29", "20:00"),
                shift("W", "09:00", "17:00", DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        var operators = List.of(
                operator("a", "in-house", true, "S1", "S2"),
                operator("b", "in-house", false, "S1"),
                operator("c", "Acme", true, "S1"),
                operator("d", 5, Set.of("M"), Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)), "S1"));
        var demands = List.of(demand(0, "M", "S1", 2));
        return new PlanFactory(new PlanningProblem(
                rooms, shifts, operators, demands, ONE_WEEK, remoteEmployers, 30, List.of(), List.of()));
    }

    private Assignment work(String operatorId, int day, String shift, Location at) {
        return TestSite.work(plan, factory, operatorId, day, shift, "S1", at);
    }

    private Location at(String roomId, String label) {
        return factory.location(roomId, desk(label));
    }

    @Test
    void neighboursAtOnce_sameShiftAdjacentDesks_penalisedOnce() {
        work("a", 0, "M", at("r", "A2"));
        work("b", 0, "M", at("r", "A3"));

        verifier.verifyThat(PlanConstraints::neighboursAtOnce)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void neighboursAtOnce_backToBackShifts_notPenalised() {
        work("a", 0, "M", at("r", "A2"));
        work("b", 0, "P", at("r", "A3"));

        verifier.verifyThat(PlanConstraints::neighboursAtOnce)
                .givenSolution(plan)
                .penalizesBy(0);
    }

    @Test
    void neighboursAtOnce_overnightAndNextMorning_penalised() {
        work("a", 0, "N", at("r", "A2"));
        work("b", 1, "E", at("r", "A3"));

        verifier.verifyThat(PlanConstraints::neighboursAtOnce)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void neighboursAtOnce_diagonalOrApart_notPenalised() {
        work("a", 0, "M", at("r", "A3"));
        work("b", 0, "M", at("r", "A5"));

        verifier.verifyThat(PlanConstraints::neighboursAtOnce)
                .givenSolution(plan)
                .penalizesBy(0);
    }

    @Test
    void nextToFixedPost_deskBesideSPost_penalisedPerPost() {
        work("a", 0, "M", at("r", "A1"));

        verifier.verifyThat(PlanConstraints::nextToFixedPost)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void sameDeskAtOnce_twoOperatorsOverlapping_penalised() {
        work("a", 0, "M", at("r", "A3"));
        work("b", 0, "E", at("r", "A3"));

        verifier.verifyThat(PlanConstraints::sameDeskAtOnce).givenSolution(plan).penalizesBy(1);
    }

    @Test
    void sameDeskAtOnce_remoteWorkers_notPenalised() {
        work("a", 0, "M", Location.REMOTE);
        work("c", 0, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::sameDeskAtOnce).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void notADesk_outOfServiceAndFixedPost_penalisedEach() {
        work("a", 0, "M", at("r", "C1"));
        work("b", 0, "M", at("r", "B1"));
        work("c", 0, "M", at("r", "B3"));

        verifier.verifyThat(PlanConstraints::notADesk).givenSolution(plan).penalizesBy(3);
    }

    @Test
    void overOccupancy_threeInRoomForTwo_penalisedAtEachShiftStart() {
        work("a", 0, "M", at("cap", "A1"));
        work("b", 0, "M", at("cap", "A3"));
        work("c", 0, "M", at("cap", "A5"));

        // Monday's moments inside 08:00-14:00: M starts at 08:00 and W at 09:00.
        verifier.verifyThat(PlanConstraints::overOccupancy).givenSolution(plan).penalizesBy(2);
    }

    @Test
    void overOccupancy_overnightCountedAtNextMorningStart_penalised() {
        work("a", 0, "N", at("cap", "A1"));
        work("b", 1, "E", at("cap", "A3"));
        work("c", 1, "E", at("cap", "A5"));

        verifier.verifyThat(PlanConstraints::overOccupancy).givenSolution(plan).penalizesBy(1);
    }

    @Test
    void overOccupancy_twoInRoomForTwo_notPenalised() {
        work("a", 0, "M", at("cap", "A1"));
        work("b", 0, "M", at("cap", "A3"));
        work("c", 0, "P", at("cap", "A5"));

        verifier.verifyThat(PlanConstraints::overOccupancy).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void remoteNotAllowed_noRemoteAndUnauthorisedOutsourcer_penalisedEach() {
        work("a", 0, "M", Location.REMOTE);
        work("b", 0, "M", Location.REMOTE);
        work("c", 0, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::remoteNotAllowed)
                .givenSolution(plan)
                .penalizesBy(2);
    }

    @Test
    void remoteNotAllowed_authorisedOutsourcer_notPenalised() {
        factory = factory(Set.of("Acme"));
        plan = factory.emptyPlan();
        work("c", 0, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::remoteNotAllowed)
                .givenSolution(plan)
                .penalizesBy(0);
    }

    @Test
    void shiftNotAllowed_operatorLimitedToMornings_penalised() {
        work("d", 4, "P", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::shiftNotAllowed)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void serviceNotSkilled_otherService_penalised() {
        TestSite.work(plan, factory, "b", 0, "M", "S2", Location.REMOTE);
        TestSite.work(plan, factory, "a", 0, "M", "S2", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::serviceNotSkilled)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void unavailableDate_workingOnLeave_penalised() {
        work("d", 0, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::unavailableDate)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void shiftNotRunning_weekdayShiftOnSaturday_penalised() {
        work("a", 5, "W", Location.REMOTE);
        work("b", 0, "W", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::shiftNotRunning)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void twoShiftsADay_threeRowsOneDate_penalisedTwice() {
        var day = MONDAY;
        var rows =
                List.of(row("a", day, "M", "r", "A3"), row("a", day, "P", "r", "A3"), row("a", day, "L", null, null));

        verifier.verifyThat(PlanConstraints::twoShiftsADay)
                .givenSolution(factory.planOf(rows))
                .penalizesBy(2);
    }

    @Test
    void shortRest_exactlyElevenHours_notPenalised() {
        work("a", 0, "N", Location.REMOTE);
        work("a", 1, "L", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::shortRest).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void shortRest_eightHoursAndOverlap_penalisedEach() {
        work("a", 0, "N", Location.REMOTE);
        work("a", 1, "P", Location.REMOTE);
        work("c", 2, "N", Location.REMOTE);
        work("c", 3, "E", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::shortRest).givenSolution(plan).penalizesBy(2);
    }

    @Test
    void daysPerWeek_unavailableDaysLowerTheTarget_exactTargetNotPenalised() {
        for (int day = 3; day < 7; day++) {
            work("d", day, "M", Location.REMOTE);
        }

        verifier.verifyThat(PlanConstraints::daysPerWeek)
                .givenSolution(plan)
                .penalizesBy(5 + 5 + 5); // a, b and c work no day of five
    }

    @Test
    void daysPerWeek_oneDayShortAndOneTooMany_penalisedByTheDifference() {
        for (int day = 3; day < 6; day++) {
            work("d", day, "M", Location.REMOTE);
        }
        for (int day = 0; day < 6; day++) {
            work("a", day, "M", Location.REMOTE);
        }

        verifier.verifyThat(PlanConstraints::daysPerWeek).givenSolution(plan).penalizesBy(1 + 1 + 5 + 5);
    }

    @Test
    void sanitisationGap_exactlyThirtyMinutes_notPenalised() {
        work("a", 0, "M", at("r", "A3"));
        work("b", 0, "Q", at("r", "A3"));

        verifier.verifyThat(PlanConstraints::sanitisationGap)
                .givenSolution(plan)
                .penalizesBy(0);
    }

    @Test
    void sanitisationGap_twentyNineMinutes_penalised() {
        work("a", 0, "M", at("r", "A3"));
        work("b", 0, "R", at("r", "A3"));

        verifier.verifyThat(PlanConstraints::sanitisationGap)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void sanitisationGap_backToBackOtherOperator_penalised() {
        work("a", 0, "M", at("r", "A3"));
        work("b", 0, "P", at("r", "A3"));

        verifier.verifyThat(PlanConstraints::sanitisationGap)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void sanitisationGap_sameOperatorNextDayAndOverlap_notPenalised() {
        work("a", 0, "N", at("r", "A3"));
        work("a", 1, "L", at("r", "A3"));
        work("b", 2, "M", at("r", "A5"));
        work("c", 2, "M", at("r", "A5"));

        verifier.verifyThat(PlanConstraints::sanitisationGap)
                .givenSolution(plan)
                .penalizesBy(0);
    }

    @Test
    void coverageNobody_noStaff_penalisedByRequired() {
        work("a", 0, "P", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::coverageNobody).givenSolution(plan).penalizesBy(2);
    }

    @Test
    void coverageShort_partialStaff_penalisedByTheShortfall() {
        work("a", 0, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::coverageShort).givenSolution(plan).penalizesBy(1);
    }

    @Test
    void coverageShort_overstaffed_notPenalised() {
        work("a", 0, "M", Location.REMOTE);
        work("b", 0, "M", at("r", "A3"));
        work("c", 0, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::coverageShort).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void coverageNobody_staffed_notPenalised() {
        work("a", 0, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::coverageNobody).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void deskContinuity_sameDeskTwoDays_notPenalised() {
        work("b", 0, "M", at("r", "A3"));
        work("b", 1, "M", at("r", "A3"));

        verifier.verifyThat(PlanConstraints::deskContinuity).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void deskContinuity_threeDesksThreeDays_penalisedPerExtraDesk() {
        work("b", 0, "M", at("r", "A3"));
        work("b", 1, "M", at("r", "A5"));
        work("b", 2, "M", at("cap", "A1"));
        work("b", 3, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::deskContinuity).givenSolution(plan).penalizesBy(2);
    }

    @Test
    void roomsOpen_twoRoomsOneShift_penalisedPerRoom() {
        work("a", 0, "M", at("r", "A3"));
        work("b", 0, "M", at("r", "A5"));
        work("c", 0, "M", at("cap", "A1"));
        work("d", 4, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::roomsOpen).givenSolution(plan).penalizesBy(2);
    }

    @Test
    void teamsSplit_oneTeamInTwoRooms_penalisedPerExtraRoom() {
        work("a", 0, "M", at("r", "A3"));
        work("b", 0, "M", at("r", "A5"));
        work("c", 0, "M", at("cap", "A1"));

        verifier.verifyThat(PlanConstraints::teamsSplit).givenSolution(plan).penalizesBy(1);
    }

    @Test
    void remoteFairness_threeRemoteDaysForOne_penalisedBySquare() {
        work("a", 0, "M", Location.REMOTE);
        work("a", 1, "M", Location.REMOTE);
        work("a", 2, "M", Location.REMOTE);
        work("c", 0, "M", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::remoteFairness).givenSolution(plan).penalizesBy(9 + 1);
    }

    @Test
    void shiftFairness_sameShiftAllWeek_penalisedBySquare() {
        work("a", 0, "M", Location.REMOTE);
        work("a", 1, "M", Location.REMOTE);
        work("a", 2, "P", Location.REMOTE);

        verifier.verifyThat(PlanConstraints::shiftFairness).givenSolution(plan).penalizesBy(4 + 1);
    }

    @Test
    void publishedChanges_dayOffNowWorkedAndDeskMoved_penalisedEach() {
        Assignment same = work("a", 0, "M", at("r", "A3"));
        same.setPublished(new Assignment.Published("M", "S1", at("r", "A3")));
        Assignment moved = work("a", 1, "M", at("r", "A5"));
        moved.setPublished(new Assignment.Published("M", "S1", at("r", "A3")));
        Assignment worked = work("b", 0, "M", Location.REMOTE);
        worked.setPublished(new Assignment.Published(null, null, Location.REMOTE));

        verifier.verifyThat(PlanConstraints::publishedChanges)
                .givenSolution(plan)
                .penalizesBy(2);
    }

    private static it.scacchiera.roster.ScheduleEntry row(
            String operatorId, java.time.LocalDate date, String shift, String room, String desk) {
        return new it.scacchiera.roster.ScheduleEntry(
                date,
                shift,
                null,
                null,
                operatorId,
                operatorId,
                "t",
                "in-house",
                "S1",
                room,
                desk == null ? null : desk(desk),
                "");
    }
}
