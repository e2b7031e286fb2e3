package org.peerpulse.io.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The column separator of an exported CSV: comma, semicolon (Excel in many European locales) or tab. */
public enum CsvSeparator {
    COMMA(','), SEMICOLON(';'), TAB('\t');

    private final char character;

    CsvSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** The name used on the command line: comma, semicolon or tab. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CsvSeparator> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
