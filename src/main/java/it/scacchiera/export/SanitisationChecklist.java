package it.scacchiera.export;

import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sanitisation checklist of the seating sheets: every desk used in a shift is cleaned when that
 * shift ends; the last column says who sits there next that day, and marks a handover to another
 * operator, which must not be skipped. People by name, rooms by display name.
 */
final class SanitisationChecklist {
    private final SheetPages pages;
    private final Map<String, Floor> rooms;

    SanitisationChecklist(SheetPages pages, Map<String, Floor> rooms) {
        this.pages = pages;
        this.rooms = rooms;
    }

    void write(LocalDate date, List<ScheduleEntry> day) throws IOException {
        SheetTexts texts = pages.texts();
        pages.newPage(texts.get("sheet.check.title", texts.date(date)));
        List<ScheduleEntry> office = day.stream()
                .filter(e -> !e.remote())
                .sorted(Comparator.comparing(ScheduleEntry::room)
                        .thenComparing(SeatingSheetPdf.BY_SHIFT)
                        .thenComparing(ScheduleEntry::desk))
                .toList();
        if (office.isEmpty()) {
            pages.line(texts.get("sheet.check.nothing", texts.date(date)));
            return;
        }
        pages.line(texts.get("sheet.check.intro"));
        Map<List<Object>, List<ScheduleEntry>> byDesk =
                office.stream().collect(Collectors.groupingBy(e -> List.of(e.room(), e.desk())));
        List<List<String>> rows = new ArrayList<>();
        for (ScheduleEntry used : office) {
            ScheduleEntry next = byDesk.get(List.of(used.room(), used.desk())).stream()
                    .filter(e -> e.start().isAfter(used.start()))
                    .findFirst()
                    .orElse(null);
            rows.add(List.of(
                    "[  ]",
                    SeatingSheetPdf.roomName(rooms, used.room()),
                    used.desk().label(),
                    SeatingSheetPdf.shiftLabel(used),
                    SeatingSheetPdf.name(used),
                    after(used, next)));
        }
        pages.table(
                texts.columns("done", "room", "desk", "afterShift", "usedBy", "nextUse"),
                new float[] {0.06f, 0.14f, 0.13f, 0.15f, 0.21f, 0.31f},
                rows);
    }

    private String after(ScheduleEntry used, ScheduleEntry next) {
        SheetTexts texts = pages.texts();
        if (next == null) {
            return texts.get("sheet.check.last");
        }
        String key = next.operatorId().equals(used.operatorId()) ? "sheet.check.same" : "sheet.check.handover";
        return texts.get(key, SeatingSheetPdf.name(next), next.shift(), Times.format(next.start()));
    }
}
