package org.peerpulse.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Which of comma, semicolon and tab separates the columns, judged by the header line alone
 * (separators inside quotes don't count; a quoted line break doesn't end the line). The most
 * frequent one wins; a header with none of them is one column, read as comma-separated.
 */
final class SeparatorSniffer {
    /** The header is looked for within this many characters; the reader must support mark for as many. */
    static final int LOOK_AHEAD = 1 << 16;

    private SeparatorSniffer() {
    }

    /** Reads ahead and resets the reader to where it was. */
    static char sniff(Reader reader) throws IOException {
        reader.mark(LOOK_AHEAD);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seenText = false;
        for (int i = 0; i < LOOK_AHEAD - 1; i++) {
            int c = reader.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r') && seenText)) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
            seenText |= c != '\n' && c != '\r';
        }
        reader.reset();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static String describe(char separator) {
        return separator == '\t' ? "tab" : separator == ';' ? "semicolon" : "comma";
    }
}
