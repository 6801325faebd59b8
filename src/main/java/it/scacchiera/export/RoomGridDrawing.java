package it.scacchiera.export;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a room's grid on a seating sheet: walls, screens, desks, S posts, occupied desks labelled. */
final class RoomGridDrawing {
    private static final float MAX_HEIGHT = 330;
    private static final float MAX_CELL = 36;

    private RoomGridDrawing() {}

    static void draw(SheetPages pages, Floor floor, Map<DeskId, ScheduleEntry> occupied) throws IOException {
        int rows = Math.max(1, floor.rows());
        int columns = Math.max(1, floor.columns());
        float cell = Math.min(MAX_CELL, Math.min(pages.width() / columns, MAX_HEIGHT / rows));
        float top = pages.y();
        PDPageContentStream content = pages.content();
        content.setLineWidth(Math.max(0.2f, cell / 30));
        for (int r = 0; r < floor.rows(); r++) {
            for (int c = 0; c < floor.grid().get(r).length(); c++) {
                float x = SheetPages.MARGIN + c * cell;
                float y = top - (r + 1) * cell;
                DeskId id = floor.kind(r, c).hasDeskId() ? DeskId.ofCell(r, c) : null;
                cell(pages, floor.kind(r, c), x, y, cell, id == null ? null : occupied.get(id), id);
            }
        }
        content.setNonStrokingColor(0f);
        content.setStrokingColor(0f);
        pages.moveDown(rows * cell + SheetPages.ROW / 2);
        pages.line(
                "Legend: dark = wall, bar = screen, S = fixed post, X = out of service, green = occupied (desk, initials).");
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

    /** Two short lines centred in a cell, skipped when the cell is too small to read. */
    private static void label(SheetPages pages, float x, float y, float size, String first, String second)
            throws IOException {
        float font = Math.min(8, size / 3.6f);
        if (font < 2.5f) {
            return;
        }
        PdfText text = pages.regular();
        pages.content().setNonStrokingColor(0f);
        String a = text.fit(first, font, size * 0.9f);
        String b = text.fit(second, font, size * 0.9f);
        pages.text(text, font, x + (size - text.width(a, font)) / 2, y + size / 2 + font * 0.2f, a);
        pages.text(text, font, x + (size - text.width(b, font)) / 2, y + size / 2 - font, b);
    }

    static String initials(ScheduleEntry entry) {
        String name = entry.operatorName() == null || entry.operatorName().isBlank()
                ? entry.operatorId()
                : entry.operatorName();
        var initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && initials.length() < 3) {
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
