package it.scacchiera.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a seating-sheet PDF as JavaFX images, for a {@link javafx.print.PrinterJob}: the same
 * sheet the PDF fallback saves, so paper and file never differ. Runs off the FX thread.
 */
final class SheetImages {
    private SheetImages() {}

    static List<WritableImage> render(byte[] pdf, float dpi) throws IOException {
        var pages = new ArrayList<WritableImage>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(toFx(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
        }
        return pages;
    }

    // javafx.embed.swing is not on our class path: copy the pixels ourselves
    private static WritableImage toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        var image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
