package it.scacchiera.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes any text printable in one font. The sheets embed DejaVu Sans, which covers Latin with every
 * accent (Ł, ș, ț, ő), Vietnamese, Greek and Cyrillic; a character it lacks (Chinese, emoji) loses its
 * accent when the base letter exists, else becomes '?', so a name from any alphabet never crashes a sheet.
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

    /**
     * Safe text broken into lines no wider than {@code maxWidth}: at spaces where it can, inside a word
     * too long for a line where it must. Never empty: empty text gives one empty line.
     */
    List<String> wrap(String text, float size, float maxWidth) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : safe(text).strip().split(" +")) {
            String joined = line.length() == 0 ? word : line + " " + word;
            if (width(joined, size) <= maxWidth) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size) > maxWidth && rest.length() > 1) {
                int end = rest.length() - 1;
                while (end > 1 && (width(rest.substring(0, end), size) > maxWidth || splitsPair(rest, end))) {
                    end--;
                }
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Safe text cut with an ellipsis to fit {@code maxWidth}. */
    String fit(String text, float size, float maxWidth) {
        String safe = safe(text);
        if (width(safe, size) <= maxWidth) {
            return safe;
        }
        int end = safe.length();
        while (end > 0 && (width(safe.substring(0, end) + "...", size) > maxWidth || splitsPair(safe, end))) {
            end--;
        }
        return safe.substring(0, end) + "...";
    }

    private static boolean splitsPair(String text, int index) {
        return index < text.length() && Character.isLowSurrogate(text.charAt(index));
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
