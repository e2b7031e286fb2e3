package org.peerpulse.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a text file is in, detected, never guessed silently: a byte-order mark says
 * UTF-8, UTF-16LE or UTF-16BE; without one, bytes that are all valid UTF-8 are UTF-8 and any
 * other bytes are read as Windows-1252 (what Excel on Windows writes for "CSV (Comma delimited)"),
 * and the result says so. NUL bytes without a UTF-16 mark mean the file is not text.
 *
 * @param charset     how to decode the text after the mark
 * @param bomLength   bytes of byte-order mark to skip
 * @param description what the user is told, e.g. "Windows-1252"
 */
record TextEncoding(Charset charset, int bomLength, String description) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Null when the file is not text (NUL bytes, e.g. UTF-16 without a mark, or a binary file). */
    static TextEncoding detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] start = in.readNBytes(3);
            if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE");
            }
            if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE");
            }
            boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF;
            Verdict verdict = scan(bom ? new byte[0] : start, in);
            if (verdict == Verdict.NOT_TEXT) {
                return null;
            }
            if (bom) {
                return verdict == Verdict.UTF_8 ? new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 with byte-order mark")
                        : null;
            }
            return verdict == Verdict.UTF_8 ? new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8")
                    : new TextEncoding(WINDOWS_1252, 0, "Windows-1252");
        }
    }

    private enum Verdict { UTF_8, OTHER, NOT_TEXT }

    /** Streams the whole file once through a strict UTF-8 decoder; keeps only a small buffer. */
    private static Verdict scan(byte[] start, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        bytes.put(start);
        boolean utf8 = true;
        boolean end = false;
        while (!end) {
            int n = rest.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            if (n > 0) {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            for (int i = bytes.position(); i < bytes.limit(); i++) {
                if (bytes.get(i) == 0) {
                    return Verdict.NOT_TEXT;
                }
            }
            if (utf8) {
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.clear();
                if (result.isError()) {
                    utf8 = false;
                }
            } else {
                bytes.position(bytes.limit());
            }
            bytes.compact();
        }
        return utf8 ? Verdict.UTF_8 : Verdict.OTHER;
    }
}
