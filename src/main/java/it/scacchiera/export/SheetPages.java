package it.scacchiera.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Pages of one seating-sheet document, filled top to bottom: titles, lines and tables that carry on
 * onto a new page (header repeated, title marked "continued") when the page is full.
 */
final class SheetPages implements AutoCloseable {
    static final float MARGIN = 40;
    static final float ROW = 14;
    static final float TEXT = 9;

    private final PDDocument document;
    private final PdfText regular;
    private final PdfText bold;
    private PDPageContentStream content;
    private String title = "";
    private float y;

    SheetPages(PDDocument document) {
        this.document = document;
        this.regular = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        this.bold = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
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

    void moveDown(float points) {
        y -= points;
    }

    /** Starts a page headed by {@code title}. */
    void newPage(String heading) throws IOException {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        title = heading;
        y = PDRectangle.A4.getHeight() - MARGIN;
        text(bold, 13, MARGIN, y - 13, bold.fit(heading, 13, width()));
        y -= 13 + ROW;
    }

    void line(String text) throws IOException {
        ensure(ROW);
        text(regular, TEXT, MARGIN, y - TEXT, regular.fit(text, TEXT, width()));
        y -= ROW;
    }

    /**
     * A table of {@code rows}, columns {@code widths} as fractions of the page width; the header
     * is repeated on every page the table spans.
     */
    void table(List<String> header, float[] widths, List<List<String>> rows) throws IOException {
        ensure(2 * ROW);
        row(bold, header, widths);
        for (List<String> row : rows) {
            if (y - ROW < MARGIN) {
                newPage(title.endsWith("(continued)") ? title : title + " (continued)");
                row(bold, header, widths);
            }
            row(regular, row, widths);
        }
        y -= ROW / 2;
    }

    private void row(PdfText font, List<String> cells, float[] widths) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float columnWidth = widths[i] * width();
            text(font, TEXT, x, y - TEXT, font.fit(cells.get(i), TEXT, columnWidth - 4));
            x += columnWidth;
        }
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, y - ROW + 2);
        content.lineTo(MARGIN + width(), y - ROW + 2);
        content.stroke();
        y -= ROW;
    }

    /** Starts a new page, same title, when fewer than {@code points} are left. */
    void ensure(float points) throws IOException {
        if (y - points < MARGIN) {
            newPage(title.endsWith("(continued)") ? title : title + " (continued)");
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
