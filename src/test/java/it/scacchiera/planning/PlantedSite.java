package it.scacchiera.planning;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test-scope planted sites (a stand-in until the bench families land): a hidden plan keeping every
 * hard rule is built first, seating office-only operators greedily until the rooms are full, and the
 * demand is then read off that plan, so a plan with no shortfall exists by construction.
 */
final class PlantedSite {
    record Planted(PlanningProblem problem, List<ScheduleEntry> hidden) {}

    private PlantedSite() {}

    /** S: one week, overlapping late shifts, two rooms (checkerboard with a cap, king), 180 operators. */
    static Planted small(long seed) {
        List<Floor> floors =
                List.of(floor("A", DistanceRule.CHECKERBOARD, 40, 10, 10), floor("B", DistanceRule.KING, -1, 5, 10));
        List<Shift> shifts = List.of(
                shift("M", "06:00", "14:00", false),
                shift("A", "14:30", "20:30", false),
                shift("E", "16:00", "22:00", false));
        return build(seed, floors, shifts, 180, 1, LocalDate.of(2026, 3, 2), 30, 0.35, 0.0, 0.0);
    }

    /** N: 24/7 with a night, back-to-back shifts under a 60-minute gap, king and metric rooms, 2 weeks. */
    static Planted night(long seed) {
        List<Floor> floors = List.of(
                floor("K", DistanceRule.KING, -1, 10, 10),
                floor("R", new DistanceRule.Metric(new BigDecimal("1.8")), 30, 7, 10));
        List<Shift> shifts = List.of(
                shift("M", "06:00", "14:00", false),
                shift("P", "14:00", "22:00", false),
                shift("N", "22:00", "06:00", false),
                shift("D", "09:00", "15:00", true));
        return build(seed, floors, shifts, 190, 2, LocalDate.of(2026, 12, 28), 60, 0.3, 0.0, 0.0);
    }

    /** L: four checkerboard rooms, 1,000 operators, 2 weeks, an outsourcer not authorised for remote. */
    static Planted large(long seed) {
        List<Floor> floors = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            floors.add(floor("H" + (r + 1), DistanceRule.CHECKERBOARD, 80, 17, 19 + r % 2));
        }
        List<Shift> shifts = List.of(
                shift("M", "06:00", "14:00", false),
                shift("P", "14:00", "22:00", false),
                shift("N", "22:00", "06:00", false),
                shift("D", "09:00", "17:00", true));
        return build(seed, floors, shifts, 1000, 2, LocalDate.of(2026, 1, 5), 30, 0.3, 0.2, 0.018);
    }

    private static Planted build(
            long seed,
            List<Floor> floors,
            List<Shift> shifts,
            int operators,
            int weeks,
            LocalDate from,
            int gap,
            double remoteShare,
            double outsourcedShare,
            double slack) {
        Random random = new Random(seed);
        Horizon horizon = new Horizon(from, weeks);
        List<LocalDate> dates = horizon.dates();
        List<ConflictGraph> rooms = floors.stream().map(ConflictGraph::of).toList();
        List<String> services = List.of("S1", "S2", "S3", "S4");
        int n = operators;
        String[] home = new String[n];
        int[] daysPerWeek = new int[n];
        int[] offset = new int[n];
        String[] employer = new String[n];
        boolean[] remote = new boolean[n];
        List<List<String>> skills = new ArrayList<>();
        Set<String> weekdayOnly = new HashSet<>();
        shifts.stream().filter(s -> s.days().size() < 7).forEach(s -> weekdayOnly.add(s.code()));
        for (int i = 0; i < n; i++) {
            home[i] = shifts.get(random.nextInt(shifts.size())).code();
            daysPerWeek[i] = weekdayOnly.contains(home[i]) ? 5 : random.nextInt(10) < 8 ? 5 : 3 + random.nextInt(2);
            offset[i] = weekdayOnly.contains(home[i]) ? 0 : random.nextInt(7);
            double e = random.nextDouble();
            employer[i] = e < outsourcedShare ? "Beta" : e < outsourcedShare * 2 ? "Acme" : Operator.IN_HOUSE;
            remote[i] = random.nextDouble() < (employer[i].equals("Beta") ? 0.45 : remoteShare);
            List<String> mine = new ArrayList<>(services);
            Collections.shuffle(mine, random);
            skills.add(List.copyOf(mine.subList(0, 1 + random.nextInt(3))));
        }
        Set<String> authorised = Set.of("Acme");
        // Hidden plan: each operator works their home shift on a rotating set of days.
        Seats seats = new Seats(rooms, shifts, dates, gap);
        List<ScheduleEntry> hidden = new ArrayList<>();
        List<Set<LocalDate>> leave = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leave.add(new HashSet<>());
        }
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int d = 0; d < dates.size(); d++) {
            index.put(dates.get(d), d);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean[][] works = new boolean[n][dates.size()];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dates.size(); d++) {
                Shift s = byCode(shifts, home[i]);
                works[i][d] = s.runsOn(dates.get(d)) && Math.floorMod(d + offset[i], 7) < daysPerWeek[i];
            }
        }
        List<Shift> inTime = new ArrayList<>(shifts);
        inTime.sort((a, b) -> a.start().compareTo(b.start()));
        for (int d = 0; d < dates.size(); d++) {
            for (Shift s : inTime) {
                List<Integer> people = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (works[i][d] && home[i].equals(s.code())) {
                        people.add(i);
                    }
                }
                Collections.shuffle(people, random);
                for (int i : people) {
                    boolean mayRemote =
                            remote[i] && (employer[i].equals(Operator.IN_HOUSE) || authorised.contains(employer[i]));
                    String service =
                            skills.get(i).get(random.nextInt(skills.get(i).size()));
                    Seats.Seat seat = mayRemote ? null : seats.place(i, d, s);
                    if (!mayRemote && seat == null) {
                        works[i][d] = false;
                        leave.get(i).add(dates.get(d));
                        continue;
                    }
                    hidden.add(new ScheduleEntry(
                            dates.get(d),
                            s.code(),
                            s.start(),
                            s.end(),
                            id(i),
                            id(i),
                            "team" + (i % 15),
                            employer[i],
                            service,
                            seat == null ? null : seat.room(),
                            seat == null ? null : seat.desk(),
                            "H" + i));
                }
            }
        }
        // Leave makes the week targets exact: a week with a missing day has its other days off on leave.
        List<Operator> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<LocalDate> off = new TreeSet<>(leave.get(i));
            for (int w = 0; w < weeks; w++) {
                int worked = 0;
                for (int d = w * 7; d < w * 7 + 7; d++) {
                    worked += works[i][d] ? 1 : 0;
                }
                boolean hasLeave = false;
                for (int d = w * 7; d < w * 7 + 7; d++) {
                    hasLeave |= leave.get(i).contains(dates.get(d));
                }
                if (hasLeave || worked < daysPerWeek[i]) {
                    for (int d = w * 7; d < w * 7 + 7; d++) {
                        if (!works[i][d]) {
                            off.add(dates.get(d));
                        }
                    }
                }
            }
            Set<String> allowed = random.nextInt(5) == 0 ? Set.of(home[i]) : Set.of();
            people.add(new Operator(
                    id(i),
                    id(i),
                    "team" + (i % 15),
                    employer[i],
                    skills.get(i),
                    remote[i],
                    daysPerWeek[i],
                    allowed,
                    off,
                    "H" + i));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ScheduleEntry e : hidden) {
            counts.merge(e.date() + " " + e.shift() + " " + e.service(), 1, Integer::sum);
        }
        List<String> units = new ArrayList<>();
        counts.forEach((k, v) -> {
            for (int u = 0; u < v; u++) {
                units.add(k);
            }
        });
        Collections.sort(units);
        Collections.shuffle(units, random);
        int drop = (int) Math.round(units.size() * slack);
        List<Demand> demands = new ArrayList<>();
        Map<String, Integer> required = new HashMap<>();
        units.subList(drop, units.size()).forEach(k -> required.merge(k, 1, Integer::sum));
        for (LocalDate date : dates) {
            for (Shift s : shifts) {
                for (String service : services) {
                    if (s.runsOn(date)) {
                        demands.add(new Demand(
                                date,
                                s.code(),
                                service,
                                required.getOrDefault(date + " " + s.code() + " " + service, 0)));
                    }
                }
            }
        }
        var problem =
                new PlanningProblem(rooms, shifts, people, demands, horizon, authorised, gap, List.of(), List.of());
        return new Planted(problem, hidden);
    }

    private static String id(int i) {
        return String.format("op%04d", i + 1);
    }

    private static Shift byCode(List<Shift> shifts, String code) {
        return shifts.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static Shift shift(String code, String start, String end, boolean weekdays) {
        Set<DayOfWeek> days =
                weekdays ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.allOf(DayOfWeek.class);
        return new Shift(code, code, LocalTime.parse(start), LocalTime.parse(end), days);
    }

    private static Floor floor(String id, DistanceRule rule, int maxOccupancy, int rows, int columns) {
        List<String> grid = new ArrayList<>();
        grid.add("#".repeat(columns + 2));
        for (int r = 0; r < rows; r++) {
            StringBuilder row = new StringBuilder("#");
            for (int c = 0; c < columns; c++) {
                row.append(r == 0 && c == 0 ? 'S' : r == rows - 1 && c == columns - 1 ? 'X' : 'D');
            }
            grid.add(row.append('#').toString());
        }
        grid.add("#".repeat(columns + 2));
        return new Floor(id, "Room " + id, List.of(), CellSize.DEFAULT, rule, maxOccupancy, grid);
    }
}
