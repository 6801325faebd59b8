package it.scacchiera.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a user's file as strict UTF-8 (SPEC §1–§2): a file saved in another encoding, e.g. Windows-1252 by
 * a spreadsheet, fails at the line and column of its first bad byte, naming the file, instead of an
 * I/O error that names nothing. Shared by every reader.
 */
public final class Utf8Text {
    private Utf8Text() {}

    public static String read(Path file) throws IOException, InputException {
        // A root such as "/" has no file name: name it by the whole path, and let reading it fail.
        Path name = file.getFileName();
        return decode(name == null ? file.toString() : name.toString(), Files.readAllBytes(file));
    }

    public static String decode(String fileName, byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
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

    private static SourcePosition position(String fileName, byte[] bytes, int offset) {
        String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        if (before.startsWith("\uFEFF")) {
            before = before.substring(1);
        }
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        return new SourcePosition(fileName, line, before.codePointCount(lineStart, before.length()) + 1);
    }
}
