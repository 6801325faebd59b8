package it.scacchiera.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Pages of one seating-sheet document, filled top to bottom: titles, lines and tables whose cells wrap
 * instead of cutting names, carrying on onto a new page (header repeated, title marked continued)
 * when the page is full. The text is DejaVu Sans, embedded (subset), so every Latin name prints.
 */
final class SheetPages implements AutoCloseable {
    static final float MARGIN = 36;
    static final float TEXT = 9;
    static final float LINE = 11;
    static final float ROW = 14;
    private static final float TITLE = 13;
    // DejaVu fonts as jasperreports-fonts ships them (pom: shaded down to these two faces and the licence)
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final PDDocument document;
    private final SheetTexts texts;
    private final PdfText regular;
    private final PdfText bold;
    private PDPageContentStream content;
    private String title = "";
    private float y;

    SheetPages(PDDocument document, SheetTexts texts) throws IOException {
        this.document = document;
        this.texts = texts;
        this.regular = new PdfText(font(document, "DejaVuSans.ttf"));
        this.bold = new PdfText(font(document, "DejaVuSans-Bold.ttf"));
    }

    /**
     * Without glyph substitution: PDFBox would otherwise draw "fi" as one ligature glyph, which text
     * extraction and search read back as U+FB01, so "Raffaella" or "file" would not be found on the sheet.
     */
    static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = SheetPages.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("font " + file + " missing from the class path (jasperreports-fonts)");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true); // the document closes the font
        }
    }

    SheetTexts texts() {
        return texts;
    }

    PdfText regular() {
        return regular;
    }

    PDPageContentStream content() {
        return content;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** Where the next line goes, from the page's bottom. */
    float y() {
        return y;
    }

    /** Points left above the bottom margin. */
    float room() {
        return y - MARGIN;
    }

    /** The most a page can hold below a one-line title. */
    static float pageRoom() {
        return PDRectangle.A4.getHeight() - 2 * MARGIN - TITLE - ROW;
    }

    void moveDown(float points) {
        y -= points;
    }

    /** Starts a page headed by {@code heading}, wrapped when long. */
    void newPage(String heading) throws IOException {
        title = heading;
        openPage(heading);
    }

    /** Carries on with the same title, marked continued. */
    void continuePage() throws IOException {
        openPage(texts.get("sheet.continued", title));
    }

    private void openPage(String heading) throws IOException {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        for (String line : bold.wrap(heading, TITLE, width())) {
            text(bold, TITLE, MARGIN, y - TITLE, line);
            y -= TITLE + 3;
        }
        y -= ROW - 3;
    }

    void line(String text) throws IOException {
        List<String> lines = regular.wrap(text, TEXT, width());
        for (String line : lines) {
            ensure(LINE);
            text(regular, TEXT, MARGIN, y - TEXT, line);
            y -= LINE;
        }
        y -= ROW - LINE;
    }

    /**
     * A table of {@code rows}, columns {@code widths} as fractions of the page width; long cells wrap
     * onto more lines, and the header is repeated on every page the table spans.
     */
    void table(List<String> header, float[] widths, List<List<String>> rows) throws IOException {
        List<List<String>> head = lines(bold, header, widths);
        ensure(height(head) + ROW);
        row(bold, head, widths);
        for (List<String> row : rows) {
            List<List<String>> cells = lines(regular, row, widths);
            if (y - height(cells) < MARGIN) {
                continuePage();
                row(bold, head, widths);
            }
            row(regular, cells, widths);
        }
        y -= ROW / 2;
    }

    private List<List<String>> lines(PdfText font, List<String> cells, float[] widths) {
        var lines = new ArrayList<List<String>>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            lines.add(font.wrap(cells.get(i), TEXT, widths[i] * width() - 4));
        }
        return lines;
    }

    private static float height(List<List<String>> cells) {
        int most = cells.stream().mapToInt(List::size).max().orElse(1);
        return (most - 1) * LINE + ROW;
    }

    private void row(PdfText font, List<List<String>> cells, float[] widths) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float baseline = y - TEXT;
            for (String line : cells.get(i)) {
                text(font, TEXT, x, baseline, line);
                baseline -= LINE;
            }
            x += widths[i] * width();
        }
        float bottom = y - height(cells) + 2;
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, bottom);
        content.lineTo(MARGIN + width(), bottom);
        content.stroke();
        y -= height(cells);
    }

    /** Starts a new page, same title, when fewer than {@code points} are left. */
    void ensure(float points) throws IOException {
        if (y - points < MARGIN) {
            continuePage();
        }
    }

    /** Draws safe text at a baseline. */
    void text(PdfText font, float size, float x, float baseline, String safeText) throws IOException {
        content.beginText();
        content.setFont(font.font(), size);
        content.newLineAtOffset(x, baseline);
        content.showText(safeText);
        content.endText();
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
    }
}
