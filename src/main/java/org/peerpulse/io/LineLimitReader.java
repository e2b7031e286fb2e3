package org.peerpulse.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Text that stops with {@link LineTooLongException} when one line grows beyond a limit. */
final class LineLimitReader extends FilterReader {
    private final int limit;
    private int line = 1;
    private int length;

    LineLimitReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > limit) {
            throw new LineTooLongException(line, limit);
        }
    }

    /** A line of the text (1-based) is longer than the limit. */
    static final class LineTooLongException extends IOException {
        private final int line;

        LineTooLongException(int line, int limit) {
            super("line " + line + " is longer than " + limit + " characters");
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
