package it.scacchiera.bench.planted;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a planted site (issue 8): rooms, then a hidden plan that keeps every hard rule and fills the
 * rooms near their exact capacity, then the operators and the demand derived from that plan. The same
 * family and seed always give the same texts; {@code S+} is the site of {@code S} with raised demand.
 */
public final class PlantedGenerator {
    /** Capacity searches of bench rooms finish in milliseconds; the limit only guards a pathological room. */
    private static final Duration CAPACITY_LIMIT = Duration.ofSeconds(30);

    /** Days a contract averages after part-timers and leave, to size the site to the family's operators. */
    private static final double DAYS_PER_OPERATOR_WEEK = 4.6;

    public PlantedSite generate(String familyName, long seed) {
        Family family = Family.of(familyName, seed);
        String base = family.overDemanded() ? familyName.substring(0, familyName.length() - 1) : familyName;
        Random random = new Random(seed * 7919 + base.hashCode());
        List<Floor> floors = new BenchRooms(random).make(family);
        List<ConflictGraph> graphs = floors.stream().map(ConflictGraph::of).toList();
        List<Instance> instances = instances(family);
        SeatPlan seatPlan = new SeatPlan(graphs, family.sanitizeMinutes(), random, CAPACITY_LIMIT);
        Map<Instance, List<SeatPlan.Place>> seats = seatPlan.seat(instances, family.seatShares());

        int[] seated = new int[instances.size()];
        int[] mobile = new int[instances.size()];
        int office = seats.values().stream().mapToInt(List::size).sum();
        double wanted =
                family.operators() * DAYS_PER_OPERATOR_WEEK * family.horizon().weeks();
        double remoteShare = Math.max(0.1, Math.min(2.0, wanted / Math.max(1, office) - 1));
        for (int i = 0; i < instances.size(); i++) {
            int desks = seats.get(instances.get(i)).size();
            int workers = desks + (int) Math.round(desks * remoteShare * (0.7 + 0.6 * random.nextDouble()));
            seated[i] = Math.min(
                    desks, (int) Math.round(desks * family.officeOnlyShare() * (0.85 + 0.25 * random.nextDouble())));
            mobile[i] = workers - seated[i];
        }
        Crew crew = new Crew(family, random);
        Map<Instance, List<Member>> workers = crew.staff(instances, seated, mobile);

        List<Member> members = new ArrayList<>(crew.members());
        Collections.shuffle(members, random);
        Map<Member, Operator> operators = new LinkedHashMap<>();
        for (int m = 0; m < members.size(); m++) {
            operators.put(members.get(m), members.get(m).operator(String.format("op%04d", m + 1), m + 1));
        }
        List<ScheduleEntry> hidden = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            Instance instance = instances.get(i);
            List<Member> staff = workers.get(instance);
            List<Member> movable = new ArrayList<>(staff.subList(seated[i], staff.size()));
            Collections.shuffle(movable, random);
            List<Member> inOrder = new ArrayList<>(staff.subList(0, seated[i]));
            inOrder.addAll(movable);
            List<SeatPlan.Place> desks = seats.get(instance);
            for (int w = 0; w < inOrder.size(); w++) {
                Member member = inOrder.get(w);
                hidden.add(entry(instance, operators.get(member), member, w < desks.size() ? desks.get(w) : null));
            }
        }
        DemandRows demand = new DemandRows(family, random);
        var required = demand.derive(instances, hidden, seatPlan.siteCapacity());
        Map<String, Shift> shifts = new LinkedHashMap<>();
        family.shifts().forEach(s -> shifts.put(s.code(), s));
        List<Operator> byId = new ArrayList<>(operators.values());
        byId.sort(Comparator.comparing(Operator::id));
        int total = required.values().stream().mapToInt(Integer::intValue).sum();
        return new PlantedSite(family, seed, floors, byId, demand.csv(shifts), hidden, total);
    }

    private static ScheduleEntry entry(Instance instance, Operator operator, Member member, SeatPlan.Place place) {
        Shift shift = instance.shift();
        return new ScheduleEntry(
                instance.date(),
                shift.code(),
                shift.start(),
                shift.end(),
                operator.id(),
                operator.name(),
                operator.team(),
                operator.employer(),
                member.service,
                place == null ? null : place.room(),
                place == null ? null : place.desk(),
                operator.headset());
    }

    /** Every shift on every date it runs, by start, then code. */
    private static List<Instance> instances(Family family) {
        List<Instance> instances = new ArrayList<>();
        for (LocalDate date : family.horizon().dates()) {
            for (Shift shift : family.shifts()) {
                if (shift.runsOn(date)) {
                    instances.add(new Instance(date, shift));
                }
            }
        }
        instances.sort(Comparator.comparing(Instance::start)
                .thenComparing(i -> i.shift().code()));
        return instances;
    }
}
