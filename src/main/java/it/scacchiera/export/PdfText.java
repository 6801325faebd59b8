package it.scacchiera.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes any text printable in a Standard 14 font. Those fonts speak WinAnsi only: Italian accented
 * letters pass, others lose their accent (ł stays unprintable, ő becomes o) and the rest become '?',
 * so a name from any alphabet never crashes a sheet.
 */
final class PdfText {
    private final PDFont font;
    private final Map<Integer, String> printable = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    String safe(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(printable.computeIfAbsent(cp, this::replacement)));
        return out.toString();
    }

    /** Width in points of already safe text. */
    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Safe text cut with an ellipsis to fit {@code maxWidth}. */
    String fit(String text, float size, float maxWidth) {
        String safe = safe(text);
        if (width(safe, size) <= maxWidth) {
            return safe;
        }
        int end = safe.length();
        while (end > 0 && width(safe.substring(0, end) + "...", size) > maxWidth) {
            end--;
        }
        return safe.substring(0, end) + "...";
    }

    private String replacement(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return " ";
        }
        String text = new String(Character.toChars(codePoint));
        if (encodable(text)) {
            return text;
        }
        var base = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFD).codePoints().forEach(cp -> {
            String part = new String(Character.toChars(cp));
            if (Character.getType(cp) != Character.NON_SPACING_MARK && encodable(part)) {
                base.append(part);
            }
        });
        return base.length() > 0 ? base.toString() : "?";
    }

    private boolean encodable(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false; // no WinAnsi code for it: the caller substitutes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
