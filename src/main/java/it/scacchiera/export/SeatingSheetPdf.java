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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The daily seating sheets of SPEC §4 as a PDF: a page per room and shift with office entries (the
 * grid with occupied desks labelled, then desk → operator → headset), then the day's remote workers,
 * then the sanitisation checklist. Built from the schedule and the floors alone, so that {@code sheet}
 * needs no shift or operator files: a shift is what its entries say (code, start, end). Written in
 * English or Italian; rooms by their display name, people by their name.
 */
public final class SeatingSheetPdf {
    static final Comparator<ScheduleEntry> BY_SHIFT =
            Comparator.comparing(ScheduleEntry::start).thenComparing(ScheduleEntry::shift);

    private final Locale locale;

    /** @param locale Italian gives an Italian sheet; any other language an English one */
    public SeatingSheetPdf(Locale locale) {
        this.locale = locale;
    }

    /** In the system's language. */
    public SeatingSheetPdf() {
        this(Locale.getDefault());
    }

    /** Writes the sheets of {@code date} to {@code out} through {@link OutputFile}: all or nothing. */
    public void write(Path out, LocalDate date, List<Floor> floors, List<ScheduleEntry> schedule) throws IOException {
        write(out, date, floors, schedule, SheetSelection.WHOLE_DAY);
    }

    /** The part of the sheets {@code selection} asks for, to {@code out} through {@link OutputFile}. */
    public void write(
            Path out, LocalDate date, List<Floor> floors, List<ScheduleEntry> schedule, SheetSelection selection)
            throws IOException {
        OutputFile.write(out, stream -> write(stream, date, floors, schedule, selection));
    }

    /** @param schedule entries of any dates: only those of {@code date} are printed */
    public void write(OutputStream out, LocalDate date, List<Floor> floors, List<ScheduleEntry> schedule)
            throws IOException {
        write(out, date, floors, schedule, SheetSelection.WHOLE_DAY);
    }

    /**
     * The part of the day's sheets that {@code selection} asks for: one room and shift, one room's
     * day (its pages and its checklist), or the whole day.
     */
    public void write(
            OutputStream out,
            LocalDate date,
            List<Floor> floors,
            List<ScheduleEntry> schedule,
            SheetSelection selection)
            throws IOException {
        List<ScheduleEntry> day = schedule.stream()
                .filter(e -> e.date().equals(date))
                .filter(selection::includes)
                .sorted(ScheduleCsvWriter.ORDER)
                .toList();
        Map<String, Floor> rooms =
                floors.stream().collect(Collectors.toMap(Floor::id, Function.identity(), (a, b) -> a));
        var texts = new SheetTexts(locale);
        try (PDDocument document = new PDDocument()) {
            try (SheetPages pages = new SheetPages(document, texts)) {
                roomPages(pages, date, rooms, day);
                if (selection.wholeDay()) {
                    remotePage(pages, date, day);
                }
                if (selection.shift() == null) {
                    new SanitisationChecklist(pages, rooms).write(date, day);
                }
            }
            document.save(out);
        }
    }

    private void roomPages(SheetPages pages, LocalDate date, Map<String, Floor> rooms, List<ScheduleEntry> day)
            throws IOException {
        SheetTexts texts = pages.texts();
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
            List<List<ScheduleEntry>> shifts = new ArrayList<>(room.getValue().values());
            shifts.sort(Comparator.comparing(list -> list.get(0), BY_SHIFT));
            for (List<ScheduleEntry> shift : shifts) {
                ScheduleEntry first = shift.get(0);
                pages.newPage(texts.get(
                        "sheet.room.title",
                        roomName(rooms, room.getKey()),
                        first.shift(),
                        Times.format(first.start()),
                        Times.format(first.end()),
                        texts.date(date)));
                if (floor == null) {
                    pages.line(texts.get("sheet.room.noFloor", room.getKey()));
                } else {
                    Map<DeskId, ScheduleEntry> occupied = new TreeMap<>();
                    shift.forEach(e -> occupied.putIfAbsent(e.desk(), e));
                    RoomGridDrawing.draw(pages, floor, occupied);
                }
                pages.table(
                        texts.columns("desk", "operator", "headset", "team", "service"),
                        new float[] {0.13f, 0.37f, 0.18f, 0.16f, 0.16f},
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
        SheetTexts texts = pages.texts();
        pages.newPage(texts.get("sheet.remote.title", texts.date(date)));
        List<ScheduleEntry> remote =
                day.stream().filter(ScheduleEntry::remote).sorted(BY_SHIFT).toList();
        if (remote.isEmpty()) {
            pages.line(texts.get("sheet.remote.nobody", texts.date(date)));
            return;
        }
        pages.table(
                texts.columns("shift", "operator", "team", "employer", "service", "headset"),
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

    /** The room's display name, or its id when no floor names it. */
    static String roomName(Map<String, Floor> rooms, String id) {
        Floor floor = rooms.get(id);
        return floor == null || floor.name().isBlank() ? id : floor.name();
    }

    static String shiftLabel(ScheduleEntry e) {
        return e.shift() + " " + Times.format(e.start()) + "-" + Times.format(e.end());
    }

    /** The name and, to tell namesakes apart, the id. */
    static String person(ScheduleEntry e) {
        return name(e) + (name(e).equals(e.operatorId()) ? "" : " (" + e.operatorId() + ")");
    }

    /** The operator's name, or the id when the schedule gives no name. */
    static String name(ScheduleEntry e) {
        return e.operatorName() == null || e.operatorName().isBlank() ? e.operatorId() : e.operatorName();
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
