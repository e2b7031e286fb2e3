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
 * and the result says so. NUL bytes without a UTF-16 mark mean the file is not text. A file that is
 * UTF-8 (it has accented letters written the UTF-8 way) with a few bytes that are not, e.g. a row
 * pasted from an older program, is refused ({@link MixedEncodingException}): read either way, some
 * of its letters would be stored wrong.
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
            Verdict verdict = scan(bom ? new byte[0] : start, in, bom);
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

    /**
     * True when the file's first bytes read as UTF-16 text without a byte-order mark: NUL bytes, all
     * at even places (big-endian) or all at odd places (little-endian), in at least a third of the
     * pairs, as where a letter of the Latin alphabet is written in two bytes. A binary file has NUL
     * bytes too, but at both.
     */
    static boolean looksLikeUtf16(byte[] start) {
        int[] nuls = new int[2];
        for (int i = 0; i < start.length; i++) {
            if (start[i] == 0) {
                nuls[i % 2]++;
            }
        }
        int pairs = start.length / 2;
        return pairs > 0 && (nuls[0] == 0) != (nuls[1] == 0) && 3 * (nuls[0] + nuls[1]) >= pairs;
    }

    private enum Verdict { UTF_8, OTHER, NOT_TEXT }

    /** A UTF-8 file with bytes that are not UTF-8 from {@code line} on (counted from 1). */
    static final class MixedEncodingException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        MixedEncodingException(long line) {
            super("line " + line + " is not UTF-8 like the rest of the file");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    /**
     * Streams the whole file once through a strict UTF-8 decoder, keeping only a small buffer:
     * notes the line of the first byte that is not UTF-8, and whether any letter beyond ASCII was
     * written the UTF-8 way.
     */
    private static Verdict scan(byte[] start, InputStream rest, boolean bom) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        bytes.put(start);
        long line = 1;
        long firstBadLine = 0;
        boolean utf8Letters = bom;
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
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') {
                        line++;
                    } else if (c > 0x7F) {
                        utf8Letters = true;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    if (firstBadLine == 0) {
                        firstBadLine = line;
                    }
                    bytes.position(bytes.position() + result.length()); // and go on: are there UTF-8 letters after?
                } else if (result.isUnderflow()) {
                    break;
                }
            }
            bytes.compact();
        }
        if (firstBadLine == 0) {
            return Verdict.UTF_8;
        }
        if (utf8Letters) {
            throw new MixedEncodingException(firstBadLine);
        }
        return Verdict.OTHER;
    }
}
