package it.scacchiera.export;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A4 landscape pages for the wide tables of the rota and the service-level report: a title per page
 * (marked continued when a table carries on), text and filled boxes, in the seating sheet's embedded
 * DejaVu Sans so every name prints. The table drawing is the caller's; this keeps the page and the pen.
 */
final class LandscapePages implements AutoCloseable {
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 28;
    static final float TITLE = 12;

    private final PDDocument document;
    private final SheetTexts texts;
    private final PdfText regular;
    private final PdfText bold;
    private PDPageContentStream content;
    private String title = "";
    private float y;

    LandscapePages(PDDocument document, SheetTexts texts) throws IOException {
        this.document = document;
        this.texts = texts;
        this.regular = new PdfText(SheetPages.font(document, "DejaVuSans.ttf"));
        this.bold = new PdfText(SheetPages.font(document, "DejaVuSans-Bold.ttf"));
    }

    SheetTexts texts() {
        return texts;
    }

    PdfText regular() {
        return regular;
    }

    PdfText bold() {
        return bold;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /** Where the next line goes, from the page's bottom. */
    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    /** Whether {@code points} more fit above the bottom margin. */
    boolean fits(float points) {
        return y - points >= MARGIN;
    }

    void newPage(String heading) throws IOException {
        title = heading;
        openPage(heading);
    }

    void continuePage() throws IOException {
        openPage(texts.get("sheet.continued", title));
    }

    private void openPage(String heading) throws IOException {
        close();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
        for (String line : bold.wrap(heading, TITLE, width())) {
            text(bold, TITLE, MARGIN, y - TITLE, line);
            y -= TITLE + 3;
        }
        y -= 6;
    }

    /** A line of text that wraps to the page's width. */
    void line(String text, float size) throws IOException {
        for (String line : regular.wrap(text, size, width())) {
            text(regular, size, MARGIN, y - size, line);
            y -= size + 3;
        }
        y -= 3;
    }

    /** Safe text at a baseline, in {@code ink}. */
    void text(PdfText font, float size, float x, float baseline, String safeText, Color ink) throws IOException {
        content.setNonStrokingColor(ink);
        text(font, size, x, baseline, safeText);
        content.setNonStrokingColor(Color.BLACK);
    }

    void text(PdfText font, float size, float x, float baseline, String safeText) throws IOException {
        content.beginText();
        content.setFont(font.font(), size);
        content.newLineAtOffset(x, baseline);
        content.showText(safeText);
        content.endText();
    }

    /** A box filled with {@code fill}, its top at {@code top}. */
    void box(float x, float top, float w, float h, Color fill) throws IOException {
        content.setNonStrokingColor(fill);
        content.addRect(x, top - h, w, h);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
    }

    /** A thin grey rule across the table at {@code at}. */
    void rule(float at) throws IOException {
        content.setStrokingColor(Color.GRAY);
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, at);
        content.lineTo(MARGIN + width(), at);
        content.stroke();
        content.setStrokingColor(Color.BLACK);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
