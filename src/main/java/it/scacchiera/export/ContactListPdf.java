package it.scacchiera.export;

import it.scacchiera.floorplan.Floor;
import it.scacchiera.report.Contact;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The contact list of SPEC §4 as a plain A4 landscape table, in the seating sheet's embedded DejaVu Sans
 * so every name prints; the header repeats on each page. Cells are the CSV's, cut to their column, but
 * for the room: a printed page is for people, so it names the room as the floor does, not by its id.
 */
public final class ContactListPdf {
    private static final float MARGIN = 36;
    private static final float SIZE = 9;
    private static final float ROW = 14;
    private static final float[] WIDTHS = {62, 34, 110, 40, 60, 130, 50, 50, 54, 60, 70};
    private static final int ROOM = 2;

    private final Map<String, String> roomNames;

    /** @param floors the site's rooms; a room the list names and they do not is printed by its id */
    public ContactListPdf(List<Floor> floors) {
        this.roomNames = floors.stream().collect(Collectors.toMap(Floor::id, Floor::name, (a, b) -> a));
    }

    /**
     * @param title printed on top of the first page (the operator and dates)
     * @param header the column titles, in the app's language, one per CSV column
     */
    public void write(Path file, String title, List<String> header, List<Contact> contacts) throws IOException {
        try (var document = new PDDocument()) {
            var text = new PdfText(SheetPages.font(document, "DejaVuSans.ttf"));
            var bold = new PdfText(SheetPages.font(document, "DejaVuSans-Bold.ttf"));
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPageContentStream content = null;
            float y = 0;
            try {
                for (int i = -1; i < contacts.size(); i++) {
                    if (content == null || y < MARGIN + ROW) {
                        if (content != null) {
                            content.close();
                        }
                        var page = new PDPage(landscape);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        y = landscape.getHeight() - MARGIN;
                        if (i < 0) {
                            line(content, bold, List.of(title), new float[] {700}, y, 12);
                            y -= ROW * 1.6f;
                        }
                        line(content, bold, header, WIDTHS, y, SIZE);
                        y -= ROW;
                    }
                    if (i >= 0) {
                        line(content, text, cells(contacts.get(i)), WIDTHS, y, SIZE);
                        y -= ROW;
                    }
                }
            } finally {
                if (content != null) {
                    content.close();
                }
            }
            document.save(file.toFile());
        }
    }

    private List<String> cells(Contact contact) {
        var cells = new ArrayList<>(ContactListCsvWriter.cells(contact));
        cells.set(
                ROOM, roomNames.getOrDefault(contact.row().room(), contact.row().room()));
        return cells;
    }

    private static void line(
            PDPageContentStream content, PdfText font, List<String> cells, float[] widths, float y, float size)
            throws IOException {
        float x = MARGIN;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            String cell = fit(font, font.safe(cells.get(c)), size, widths[c] - 4);
            content.beginText();
            content.setFont(font.font(), size);
            content.newLineAtOffset(x, y);
            content.showText(cell);
            content.endText();
            x += widths[c];
        }
    }

    /** The text cut with "…" to the column's width: a table cell never runs into the next one. */
    private static String fit(PdfText font, String text, float size, float width) {
        if (font.width(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.width(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
