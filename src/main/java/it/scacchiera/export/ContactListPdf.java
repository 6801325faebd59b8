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
 * so every name prints; the header repeats on each page. The cells come worded by the caller: the app in
 * its language (dates, decimals, reasons), the command line as the CSV's cells with the room named as its
 * floor names it ({@link #csvRows}). Column titles wrap over two lines; a cell too long for its column is
 * cut with "…".
 */
public final class ContactListPdf {
    private static final float MARGIN = 36;
    private static final float SIZE = 9;
    private static final float HEADER_SIZE = 8;
    private static final float ROW = 14;
    /** date, shift, room, desk, contact id, contact name, their shift, their desk, distance, overlap, reason */
    private static final float[] WIDTHS = {58, 34, 88, 40, 56, 140, 50, 50, 50, 60, 92};

    private static final int ROOM = 2;
    private static final int NAME = 5;

    private ContactListPdf() {}

    /** The CSV's cells of each contact, the room by its floor's name (its id when no floor has it). */
    public static List<List<String>> csvRows(List<Contact> contacts, List<Floor> floors) {
        Map<String, String> names = floors.stream().collect(Collectors.toMap(Floor::id, Floor::name, (a, b) -> a));
        List<List<String>> rows = new ArrayList<>();
        for (Contact contact : contacts) {
            var cells = new ArrayList<>(ContactListCsvWriter.cells(contact));
            cells.set(
                    ROOM, names.getOrDefault(contact.row().room(), contact.row().room()));
            rows.add(cells);
        }
        return rows;
    }

    /**
     * @param title printed on top of the first page (the operator and dates)
     * @param header the column titles: date, shift, room, desk, contact id, contact name, their shift, their
     *     desk, distance, overlap, reason
     * @param rows the cells of each contact, in the header's order
     */
    public static void write(Path file, String title, List<String> header, List<List<String>> rows) throws IOException {
        try (var document = new PDDocument()) {
            var text = new PdfText(SheetPages.font(document, "DejaVuSans.ttf"));
            var bold = new PdfText(SheetPages.font(document, "DejaVuSans-Bold.ttf"));
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float[] widths = widths(bold, header, landscape.getWidth() - 2 * MARGIN);
            List<List<String>> titleLines = wrap(bold, header, widths);
            PDPageContentStream content = null;
            float y = 0;
            try {
                for (int i = -1; i < rows.size(); i++) {
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
                        for (List<String> titles : titleLines) {
                            line(content, bold, titles, widths, y, HEADER_SIZE);
                            y -= ROW * 0.8f;
                        }
                        y -= ROW * 0.4f;
                    }
                    if (i >= 0) {
                        line(content, text, rows.get(i), widths, y, SIZE);
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

    /**
     * The columns' widths: each at least as wide as the longest word of its title (a word is never cut), the
     * contact's name giving up what that takes beyond the page.
     */
    private static float[] widths(PdfText bold, List<String> header, float page) {
        float[] widths = WIDTHS.clone();
        float total = 0;
        for (int c = 0; c < widths.length; c++) {
            if (c < header.size()) {
                for (String word : bold.safe(header.get(c)).split(" ")) {
                    widths[c] = Math.max(widths[c], bold.width(word, HEADER_SIZE) + 6);
                }
            }
            total += widths[c];
        }
        widths[NAME] = Math.max(60, widths[NAME] - Math.max(0, total - page));
        return widths;
    }

    /** The column titles as lines: each title's words wrapped to its column, on one line or two. */
    private static List<List<String>> wrap(PdfText font, List<String> header, float[] widths) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            float width = c < widths.length ? widths[c] - 4 : Float.MAX_VALUE;
            String title = font.safe(header.get(c));
            String line = "";
            String rest = "";
            for (String word : title.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (rest.isEmpty() && (line.isEmpty() || font.width(longer, HEADER_SIZE) <= width)) {
                    line = longer;
                } else {
                    rest = rest.isEmpty() ? word : rest + " " + word;
                }
            }
            first.add(line);
            second.add(rest);
        }
        return second.stream().allMatch(String::isEmpty) ? List.of(first) : List.of(first, second);
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
