package it.scacchiera.floorplan;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is, as a line and column. */
final class Utf8 {
    private Utf8() {}

    static String decode(String fileName, byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InputException(
                    position(fileName, bytes, in.position()), "invalid UTF-8", "text encoded as UTF-8");
        }
        return out.flip().toString();
    }

    /** Where the byte at {@code offset} stands: the valid text before it gives line and column. */
    private static SourcePosition position(String fileName, byte[] bytes, int offset) {
        String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        if (before.startsWith("\uFEFF")) {
            before = before.substring(1);
        }
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        int column = before.codePointCount(lineStart, before.length()) + 1;
        return new SourcePosition(fileName, line, column);
    }
}
