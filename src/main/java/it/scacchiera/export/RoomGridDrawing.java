package it.scacchiera.export;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a room's grid on a seating sheet: walls, screens, desks, S posts, occupied desks labelled
 * with their id and the operator's initials, rows and columns numbered along the edges. Labels never
 * shrink below {@link #MIN_LABEL} points: a room too big for that is cut to its occupied area, and
 * when that is still too big it is split into parts, a page each (the 1,120-desk hall takes up to six),
 * leaving out parts where nobody sits.
 */
final class RoomGridDrawing {
    /** The smallest cell: a four-character desk id at {@link #MIN_LABEL} points fits inside. */
    static final float MIN_CELL = 18;

    static final float MIN_LABEL = 5;
    private static final float MAX_LABEL = 8;
    private static final float MAX_CELL = 36;
    // a room drawn whole keeps room below it for the start of its table
    private static final float WHOLE_HEIGHT = 400;
    private static final float RULER = 14;
    // part line, ruler and a legend of up to two lines, below the grid
    private static final float AROUND = 80;

    private RoomGridDrawing() {}

    /** A rectangle of grid cells: rows from {@code top}, columns (character indexes) from {@code left}. */
    record Area(int top, int left, int rows, int columns) {}

    static void draw(SheetPages pages, Floor floor, Map<DeskId, ScheduleEntry> occupied) throws IOException {
        Area whole = new Area(0, 0, Math.max(1, floor.rows()), Math.max(1, floor.columns()));
        Area busy = busy(floor, occupied, whole);
        float across = pages.width() - RULER;
        for (Area area : List.of(whole, busy)) {
            float cell = cell(area, across, Math.min(WHOLE_HEIGHT, pages.room() - AROUND));
            if (cell >= MIN_CELL) {
                drawArea(pages, floor, occupied, area, cell);
                return;
            }
        }
        float down = SheetPages.pageRoom() - AROUND;
        int partsAcross = ceilDiv(busy.columns(), (int) (across / MIN_CELL));
        int partsDown = ceilDiv(busy.rows(), (int) (down / MIN_CELL));
        int columnsEach = ceilDiv(busy.columns(), partsAcross);
        int rowsEach = ceilDiv(busy.rows(), partsDown);
        float cell = cell(new Area(0, 0, rowsEach, columnsEach), across, down);
        List<Area> tiles = new ArrayList<>();
        for (int d = 0; d < partsDown; d++) {
            for (int a = 0; a < partsAcross; a++) {
                int top = busy.top() + d * rowsEach;
                int left = busy.left() + a * columnsEach;
                Area tile = new Area(
                        top,
                        left,
                        Math.min(rowsEach, busy.top() + busy.rows() - top),
                        Math.min(columnsEach, busy.left() + busy.columns() - left));
                // a part with nobody in it is a page of empty desks: leave it out
                if (occupied.keySet().stream().anyMatch(desk -> inside(tile, desk))) {
                    tiles.add(tile);
                }
            }
        }
        for (int part = 0; part < tiles.size(); part++) {
            Area tile = tiles.get(part);
            if (part > 0 || pages.room() < tile.rows() * MIN_CELL + AROUND) {
                pages.continuePage();
            }
            pages.line(pages.texts()
                    .get(
                            "sheet.room.part",
                            part + 1,
                            tiles.size(),
                            DeskId.rowLabel(tile.top()),
                            DeskId.rowLabel(tile.top() + tile.rows() - 1),
                            tile.left() + 1,
                            tile.left() + tile.columns()));
            drawArea(pages, floor, occupied, tile, Math.min(cell, (pages.room() - AROUND) / tile.rows()));
        }
    }

    private static boolean inside(Area area, DeskId desk) {
        int c = desk.column() - 1;
        return desk.row() >= area.top()
                && desk.row() < area.top() + area.rows()
                && c >= area.left()
                && c < area.left() + area.columns();
    }

    /** The occupied desks' bounding box and one cell around it, or the whole room when none is drawable. */
    static Area busy(Floor floor, Map<DeskId, ScheduleEntry> occupied, Area whole) {
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = -1;
        int right = -1;
        for (DeskId desk : occupied.keySet()) {
            if (floor.kind(desk).hasDeskId()) {
                top = Math.min(top, desk.row());
                bottom = Math.max(bottom, desk.row());
                left = Math.min(left, desk.column() - 1);
                right = Math.max(right, desk.column() - 1);
            }
        }
        if (bottom < 0) {
            return whole;
        }
        top = Math.max(0, top - 1);
        left = Math.max(0, left - 1);
        bottom = Math.min(whole.rows() - 1, bottom + 1);
        right = Math.min(whole.columns() - 1, right + 1);
        return new Area(top, left, bottom - top + 1, right - left + 1);
    }

    private static float cell(Area area, float width, float height) {
        return Math.min(MAX_CELL, Math.min(width / area.columns(), height / area.rows()));
    }

    private static int ceilDiv(int a, int b) {
        return Math.max(1, (a + Math.max(1, b) - 1) / Math.max(1, b));
    }

    private static void drawArea(
            SheetPages pages, Floor floor, Map<DeskId, ScheduleEntry> occupied, Area area, float cell)
            throws IOException {
        PDPageContentStream content = pages.content();
        float left = SheetPages.MARGIN + RULER;
        float top = pages.y() - RULER;
        rulers(pages, area, cell, left, top);
        content.setLineWidth(Math.max(0.2f, cell / 30));
        for (int r = area.top(); r < area.top() + area.rows(); r++) {
            for (int c = area.left(); c < area.left() + area.columns(); c++) {
                float x = left + (c - area.left()) * cell;
                float y = top - (r - area.top() + 1) * cell;
                DeskId id = floor.kind(r, c).hasDeskId() ? DeskId.ofCell(r, c) : null;
                cell(pages, floor.kind(r, c), x, y, cell, id == null ? null : occupied.get(id), id);
            }
        }
        content.setNonStrokingColor(0f);
        content.setStrokingColor(0f);
        pages.moveDown(RULER + area.rows() * cell + SheetPages.ROW / 2);
        pages.line(pages.texts().get("sheet.room.legend"));
    }

    /** Column numbers above the grid and row labels to its left, so a desk can be found by its id. */
    private static void rulers(SheetPages pages, Area area, float cell, float left, float top) throws IOException {
        PdfText text = pages.regular();
        float size = Math.min(MAX_LABEL, Math.max(MIN_LABEL, cell / 3));
        pages.content().setNonStrokingColor(0.35f);
        for (int c = area.left(); c < area.left() + area.columns(); c++) {
            String number = Integer.toString(c + 1);
            float x = left + (c - area.left()) * cell + (cell - text.width(number, size)) / 2;
            pages.text(text, size, x, top + 3, number);
        }
        for (int r = area.top(); r < area.top() + area.rows(); r++) {
            String label = DeskId.rowLabel(r);
            float y = top - (r - area.top() + 1) * cell + (cell - size) / 2;
            pages.text(text, size, left - 2 - text.width(label, size), y, label);
        }
        pages.content().setNonStrokingColor(0f);
    }

    private static void cell(
            SheetPages pages, CellKind kind, float x, float y, float size, ScheduleEntry occupant, DeskId id)
            throws IOException {
        PDPageContentStream content = pages.content();
        float inset = size * 0.08f;
        switch (kind) {
            case WALL -> fill(content, x, y, size, size, 0.3f, 0.3f, 0.3f);
            case SCREEN_VERTICAL -> line(content, x + size / 2, y, x + size / 2, y + size, size / 8);
            case SCREEN_HORIZONTAL -> line(content, x, y + size / 2, x + size, y + size / 2, size / 8);
            case FIXED_POST -> {
                fill(content, x + inset, y + inset, size - 2 * inset, size - 2 * inset, 1f, 0.75f, 0.4f);
                label(pages, x, y, size, "S", id.label());
            }
            case OUT_OF_SERVICE -> {
                outline(content, x + inset, y + inset, size - 2 * inset);
                line(content, x + inset, y + inset, x + size - inset, y + size - inset, size / 30);
                line(content, x + inset, y + size - inset, x + size - inset, y + inset, size / 30);
            }
            case DESK -> outline(content, x + inset, y + inset, size - 2 * inset);
            default -> {
                // floor and outside stay blank
            }
        }
        if (occupant != null) {
            fill(content, x + inset, y + inset, size - 2 * inset, size - 2 * inset, 0.6f, 0.9f, 0.6f);
            outline(content, x + inset, y + inset, size - 2 * inset);
            label(pages, x, y, size, id.label(), initials(occupant));
        }
    }

    /** Two short lines centred in a cell, never smaller than {@link #MIN_LABEL}. */
    private static void label(SheetPages pages, float x, float y, float size, String first, String second)
            throws IOException {
        float font = Math.max(MIN_LABEL, Math.min(MAX_LABEL, size / 3.4f));
        PdfText text = pages.regular();
        pages.content().setNonStrokingColor(0f);
        String a = text.fit(first, font, size * 0.94f);
        String b = text.fit(second, font, size * 0.94f);
        pages.text(text, font, x + (size - text.width(a, font)) / 2, y + size / 2 + font * 0.2f, a);
        pages.text(text, font, x + (size - text.width(b, font)) / 2, y + size / 2 - font, b);
    }

    static String initials(ScheduleEntry entry) {
        String name = entry.operatorName() == null || entry.operatorName().isBlank()
                ? entry.operatorId()
                : entry.operatorName();
        var initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && initials.codePointCount(0, initials.length()) < 3) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    private static void fill(PDPageContentStream content, float x, float y, float w, float h, float r, float g, float b)
            throws IOException {
        content.setNonStrokingColor(r, g, b);
        content.addRect(x, y, w, h);
        content.fill();
        content.setNonStrokingColor(0f);
    }

    private static void outline(PDPageContentStream content, float x, float y, float size) throws IOException {
        content.setLineWidth(0.6f); // screens and crosses leave other widths behind
        content.addRect(x, y, size, size);
        content.stroke();
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2, float width)
            throws IOException {
        content.setLineWidth(Math.max(0.2f, width));
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        content.setLineWidth(0.5f);
    }
}
