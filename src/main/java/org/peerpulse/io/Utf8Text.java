package org.peerpulse.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text from bytes: a byte-order mark is skipped, bytes that are not UTF-8 and NUL
 * characters (UTF-16 text, binary files) fail the read, never turn into replacement characters.
 */
final class Utf8Text {
    private static final char BOM = '\uFEFF';

    private Utf8Text() {
    }

    /** A reader over {@code in}; reads the first character to skip a byte-order mark. */
    static Reader reader(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new NoNul(new InputStreamReader(in, decoder)), 1);
        int first = reader.read();
        if (first >= 0 && first != BOM) {
            reader.unread(first);
        }
        return reader;
    }

    /** True when {@code error} (or one of its causes) says the bytes were not UTF-8 text. */
    static boolean isNotText(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException || t instanceof NotTextException) {
                return true;
            }
        }
        return false;
    }

    static final class NotTextException extends IOException {
        private static final long serialVersionUID = 1L;

        NotTextException() {
            super("NUL character: not UTF-8 text");
        }
    }

    private static final class NoNul extends FilterReader {
        NoNul(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == 0) {
                throw new NotTextException();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == 0) {
                    throw new NotTextException();
                }
            }
            return n;
        }
    }
}
