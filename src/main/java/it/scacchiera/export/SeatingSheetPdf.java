package it.scacchiera.export;

import it.scacchiera.files.OutputFile;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The daily seating sheets of SPEC §4 as a PDF: a page per room and shift with office entries (the
 * grid with occupied desks labelled, then desk → operator → headset), then the day's remote workers,
 * then the sanitisation checklist. Built from the schedule and the floors alone, so that {@code sheet}
 * needs no shift or operator files: a shift is what its entries say (code, start, end).
 */
public final class SeatingSheetPdf {
    private static final Comparator<ScheduleEntry> BY_SHIFT =
            Comparator.comparing(ScheduleEntry::start).thenComparing(ScheduleEntry::shift);

    /** Writes the sheets of {@code date} to {@code out} through {@link OutputFile}: all or nothing. */
    public void write(Path out, LocalDate date, List<Floor> floors, List<ScheduleEntry> schedule) throws IOException {
        OutputFile.write(out, stream -> write(stream, date, floors, schedule));
    }

    /** @param schedule entries of any dates: only those of {@code date} are printed */
    public void write(OutputStream out, LocalDate date, List<Floor> floors, List<ScheduleEntry> schedule)
            throws IOException {
        List<ScheduleEntry> day = schedule.stream()
                .filter(e -> e.date().equals(date))
                .sorted(ScheduleCsvWriter.ORDER)
                .toList();
        Map<String, Floor> rooms =
                floors.stream().collect(Collectors.toMap(Floor::id, Function.identity(), (a, b) -> a));
        try (PDDocument document = new PDDocument()) {
            try (SheetPages pages = new SheetPages(document)) {
                roomPages(pages, date, rooms, day);
                remotePage(pages, date, day);
                checklist(pages, date, rooms, day);
            }
            document.save(out);
        }
    }

    private void roomPages(SheetPages pages, LocalDate date, Map<String, Floor> rooms, List<ScheduleEntry> day)
            throws IOException {
        Map<String, Map<String, List<ScheduleEntry>>> byRoomAndShift = new TreeMap<>();
        for (ScheduleEntry entry : day) {
            if (!entry.remote()) {
                byRoomAndShift
                        .computeIfAbsent(entry.room(), r -> new LinkedHashMap<>())
                        .computeIfAbsent(entry.shift(), s -> new ArrayList<>())
                        .add(entry);
            }
        }
        for (var room : byRoomAndShift.entrySet()) {
            Floor floor = rooms.get(room.getKey());
            String roomName = floor == null ? room.getKey() : floor.name() + " (" + room.getKey() + ")";
            List<List<ScheduleEntry>> shifts = new ArrayList<>(room.getValue().values());
            shifts.sort(Comparator.comparing(list -> list.get(0), BY_SHIFT));
            for (List<ScheduleEntry> shift : shifts) {
                pages.newPage(roomName + " - shift " + shiftLabel(shift.get(0)) + " - " + date);
                if (floor == null) {
                    pages.line("No floorplan for room " + room.getKey() + ": desks listed only.");
                } else {
                    Map<DeskId, ScheduleEntry> occupied = new TreeMap<>();
                    shift.forEach(e -> occupied.putIfAbsent(e.desk(), e));
                    RoomGridDrawing.draw(pages, floor, occupied);
                }
                pages.table(
                        List.of("Desk", "Operator", "Headset", "Team", "Service"),
                        new float[] {0.1f, 0.4f, 0.18f, 0.16f, 0.16f},
                        shift.stream()
                                .map(e -> List.of(
                                        e.desk().label(),
                                        person(e),
                                        nonNull(e.headset()),
                                        nonNull(e.team()),
                                        e.service()))
                                .toList());
            }
        }
    }

    private void remotePage(SheetPages pages, LocalDate date, List<ScheduleEntry> day) throws IOException {
        pages.newPage("Remote workers - " + date);
        List<ScheduleEntry> remote =
                day.stream().filter(ScheduleEntry::remote).sorted(BY_SHIFT).toList();
        if (remote.isEmpty()) {
            pages.line("Nobody works remotely on " + date + ".");
            return;
        }
        pages.table(
                List.of("Shift", "Operator", "Team", "Employer", "Service", "Headset"),
                new float[] {0.16f, 0.32f, 0.12f, 0.16f, 0.12f, 0.12f},
                remote.stream()
                        .map(e -> List.of(
                                shiftLabel(e),
                                person(e),
                                nonNull(e.team()),
                                nonNull(e.employer()),
                                e.service(),
                                nonNull(e.headset())))
                        .toList());
    }

    /**
     * Every desk used in a shift is cleaned when that shift ends; the last column says who sits
     * there next that day, and marks a handover to another operator, which must not be skipped.
     */
    private void checklist(SheetPages pages, LocalDate date, Map<String, Floor> rooms, List<ScheduleEntry> day)
            throws IOException {
        pages.newPage("Sanitisation checklist - " + date);
        List<ScheduleEntry> office = day.stream()
                .filter(e -> !e.remote())
                .sorted(Comparator.comparing(ScheduleEntry::room)
                        .thenComparing(BY_SHIFT)
                        .thenComparing(ScheduleEntry::desk))
                .toList();
        if (office.isEmpty()) {
            pages.line("No desk is used on " + date + ".");
            return;
        }
        pages.line("Clean each desk below when its shift ends, then tick the box.");
        Map<List<Object>, List<ScheduleEntry>> byDesk =
                office.stream().collect(Collectors.groupingBy(e -> List.of(e.room(), e.desk())));
        List<List<String>> rows = new ArrayList<>();
        for (ScheduleEntry used : office) {
            ScheduleEntry next = byDesk.get(List.of(used.room(), used.desk())).stream()
                    .filter(e -> e.start().isAfter(used.start()))
                    .findFirst()
                    .orElse(null);
            String after = next == null
                    ? "-"
                    : (next.operatorId().equals(used.operatorId()) ? "same operator: " : "HANDOVER to ") + person(next)
                            + " in " + next.shift() + " " + Times.format(next.start());
            rows.add(List.of("[  ]", used.room(), used.desk().label(), shiftLabel(used), person(used), after));
        }
        pages.table(
                List.of("Done", "Room", "Desk", "After shift", "Used by", "Next use today"),
                new float[] {0.06f, 0.1f, 0.07f, 0.15f, 0.22f, 0.40f},
                rows);
    }

    private static String shiftLabel(ScheduleEntry e) {
        return e.shift() + " " + Times.format(e.start()) + "-" + Times.format(e.end());
    }

    private static String person(ScheduleEntry e) {
        return e.operatorName() == null || e.operatorName().isBlank()
                ? e.operatorId()
                : e.operatorName() + " (" + e.operatorId() + ")";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
