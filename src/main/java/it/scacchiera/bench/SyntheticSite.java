package it.scacchiera.bench;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A made-up call centre of a given size, for the benchmark, tests and demos: checkerboard rooms of
 * 10 × 15 desks with a fixed post and a desk out of service, back-to-back 06–14 / 14–22 shifts, a
 * night and a weekday office shift, and demand about what the operators owe.
 */
public final class SyntheticSite {
    private static final List<String> SERVICES = List.of("S1", "S2", "S3", "S4");

    private SyntheticSite() {}

    public static PlanningProblem generate(int rooms, int operators, int weeks, long seed) {
        return generate(rooms, operators, weeks, seed, 40);
    }

    /** As {@link #generate(int, int, int, long)}, with {@code remotePercent} of operators able to work remotely. */
    public static PlanningProblem generate(int rooms, int operators, int weeks, long seed, int remotePercent) {
        Random random = new Random(seed);
        Horizon horizon = new Horizon(LocalDate.of(2026, 1, 5), weeks);
        List<ConflictGraph> graphs = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            graphs.add(ConflictGraph.of(room("room" + (r + 1))));
        }
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        List<Shift> shifts = List.of(
                new Shift("M", "Morning", LocalTime.of(6, 0), LocalTime.of(14, 0), Set.of()),
                new Shift("P", "Afternoon", LocalTime.of(14, 0), LocalTime.of(22, 0), Set.of()),
                new Shift("N", "Night", LocalTime.of(22, 0), LocalTime.of(6, 0), Set.of()),
                new Shift("D", "Day", LocalTime.of(9, 0), LocalTime.of(17, 0), weekdays));
        List<Operator> people = new ArrayList<>();
        double owedPerDay = 0;
        for (int i = 0; i < operators; i++) {
            List<String> skills = new ArrayList<>(SERVICES);
            java.util.Collections.shuffle(skills, random);
            skills = List.copyOf(skills.subList(0, 1 + random.nextInt(3)));
            String employer = random.nextInt(10) < 7 ? Operator.IN_HOUSE : random.nextBoolean() ? "Acme" : "Beta";
            int days = random.nextInt(10) < 8 ? 5 : 3 + random.nextInt(2);
            Set<String> allowed = random.nextInt(4) == 0 ? Set.of("M", "D") : Set.of();
            Set<LocalDate> off = new HashSet<>();
            if (random.nextInt(10) == 0) {
                LocalDate first = horizon.from().plusDays(random.nextInt(weeks * 7));
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    off.add(first.plusDays(k));
                }
            }
            people.add(new Operator(
                    String.format("op%04d", i + 1),
                    "Operator " + (i + 1),
                    "team" + (i % Math.max(1, operators / 12)),
                    employer,
                    skills,
                    random.nextInt(100) < remotePercent,
                    days,
                    allowed,
                    off,
                    "H" + (i + 1)));
            owedPerDay += days / 7.0;
        }
        List<Demand> demands = new ArrayList<>();
        double[] share = {0.38, 0.34, 0.10, 0.18};
        for (LocalDate date : horizon.dates()) {
            boolean weekday = weekdays.contains(date.getDayOfWeek());
            for (int s = 0; s < shifts.size(); s++) {
                if (!shifts.get(s).runsOn(date)) {
                    continue;
                }
                double perShift = 1.0 * owedPerDay * share[s] / (weekday ? 1.0 : 1.0 - share[3]);
                for (String service : SERVICES) {
                    int required = (int) Math.round(perShift / SERVICES.size() * (0.8 + 0.4 * random.nextDouble()));
                    demands.add(new Demand(date, shifts.get(s).code(), service, required));
                }
            }
        }
        return new PlanningProblem(graphs, shifts, people, demands, horizon, Set.of("Acme"), 30, List.of(), List.of());
    }

    private static Floor room(String id) {
        List<String> grid = new ArrayList<>();
        grid.add("#################");
        for (int r = 0; r < 10; r++) {
            StringBuilder row = new StringBuilder("#");
            for (int c = 0; c < 15; c++) {
                row.append(r == 0 && c == 0 ? 'S' : r == 9 && c == 14 ? 'X' : 'D');
            }
            grid.add(row.append('#').toString());
        }
        grid.add("#################");
        return new Floor(
                id, "Room " + id, List.of(), CellSize.DEFAULT, new DistanceRule.Checkerboard(), 80, List.copyOf(grid));
    }
}
