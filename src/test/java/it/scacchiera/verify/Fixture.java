package it.scacchiera.verify;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A small site for verify tests: two rooms, seven shifts, six operators, the week of Monday
 * 2026-11-23. Schedules are written as real CSV files and read back through the reader.
 */
final class Fixture {
    static final LocalDate MON = LocalDate.of(2026, 11, 23);
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate WED = MON.plusDays(2);
    static final LocalDate SAT = MON.plusDays(5);
    static final Horizon WEEK = new Horizon(MON, 1);

    /** roma: B5 is an S post, C4 out of service; checkerboard. milano: max-occupancy 2 with one S post. */
    static final List<Floor> FLOORS = List.of(
            new Floor(
                    "roma",
                    "Sala Roma",
                    List.of(),
                    CellSize.DEFAULT,
                    DistanceRule.CHECKERBOARD,
                    Floor.NO_LIMIT,
                    List.of("#######", "#DDDSD#", "#D.X.D#", "#######")),
            new Floor(
                    "milano",
                    "Sala Milano",
                    List.of(),
                    CellSize.DEFAULT,
                    DistanceRule.CHECKERBOARD,
                    2,
                    List.of("#########", "#D.D.D.S#", "#########")));

    static final List<Shift> SHIFTS = List.of(
            shift("M", "06:00", "14:00"),
            shift("P", "14:00", "22:00"),
            shift("N", "22:00", "06:00"),
            shift("E", "05:00", "13:00"),
            shift("L", "09:00", "17:00"),
            shift("Q", "14:30", "22:30"),
            new Shift(
                    "W",
                    "weekdays",
                    LocalTime.parse("08:00"),
                    LocalTime.parse("14:00"),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));

    static final List<Operator> OPERATORS = List.of(
            operator("ana", "Ana Bianchi", "", true, 1, Set.of(), Set.of()),
            operator("bruno", "Bruno Neri", "", false, 1, Set.of(), Set.of()),
            operator("carla", "Carla Verdi", "Outsourcer Srl", true, 1, Set.of(), Set.of()),
            operator("dario", "Dario Russo", "", false, 1, Set.of("M"), Set.of(WED)),
            operator("ele", "Ele Gallo", "", false, 1, Set.of(), Set.of()),
            operator("fede", "Fede Costa", "", false, 5, Set.of("W"), Set.of(TUE)));

    private Fixture() {}

    static Shift shift(String code, String start, String end) {
        return new Shift(code, code, LocalTime.parse(start), LocalTime.parse(end), Set.of());
    }

    static Operator operator(
            String id, String name, String employer, boolean remote, int days, Set<String> shifts, Set<LocalDate> off) {
        return new Operator(id, name, "team1", employer, List.of("inb", "out"), remote, days, shifts, off, "H-" + id);
    }

    static List<ConflictGraph> rooms() {
        return FLOORS.stream().map(ConflictGraph::of).toList();
    }

    static Shift shiftOf(String code) {
        return SHIFTS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** A CSV row at a desk; times from the shift. */
    static String office(LocalDate date, String shift, String operator, String service, String room, String desk) {
        Shift s = shiftOf(shift);
        return String.join(
                ",",
                date.toString(),
                shift,
                s.start().toString(),
                s.end().toString(),
                operator,
                operator,
                "team1",
                "in-house",
                service,
                "office",
                room,
                desk,
                "H-" + operator);
    }

    static String office(LocalDate date, String shift, String operator, String desk) {
        return office(date, shift, operator, "inb", "roma", desk);
    }

    static String remote(LocalDate date, String shift, String operator) {
        Shift s = shiftOf(shift);
        return String.join(
                ",",
                date.toString(),
                shift,
                s.start().toString(),
                s.end().toString(),
                operator,
                operator,
                "team1",
                "",
                "inb",
                "remote",
                "",
                "",
                "");
    }

    /** Writes the rows as a schedule CSV under {@code dir} and reads it back with every cross-check on. */
    static List<ScheduleEntry> readBack(Path dir, List<String> rows) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("date,shift,start,end,operator_id,operator_name,team,employer,service,location,room,desk,headset");
        lines.addAll(rows);
        Path file = Files.createTempFile(dir, "schedule", ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return new ScheduleCsvReader()
                .withShifts(SHIFTS)
                .withOperators(OPERATORS)
                .withFloors(FLOORS)
                .read(file);
    }

    static VerifyReport verify(Path dir, List<String> rows) throws Exception {
        return verify(dir, rows, List.of(), Set.of(), PlanVerifier.DEFAULT_SANITIZE_MINUTES);
    }

    static VerifyReport verify(
            Path dir, List<String> rows, List<Demand> demand, Set<String> remoteEmployers, int sanitizeMinutes)
            throws Exception {
        return new PlanVerifier(rooms(), SHIFTS, OPERATORS, demand, WEEK, remoteEmployers, sanitizeMinutes)
                .verify(readBack(dir, rows));
    }
}
