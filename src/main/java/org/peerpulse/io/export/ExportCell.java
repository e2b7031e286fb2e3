package org.peerpulse.io.export;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One cell of an exported table: text, a number, or nothing. A number is written as a number
 * (a numeric cell in XLSX, plain digits in CSV); text is always written as text.
 */
public sealed interface ExportCell {
    /** An empty cell. */
    ExportCell EMPTY = new Empty();

    /** Digits with an optional minus and decimal point, as a spreadsheet would read a number. */
    Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    static ExportCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Text(text);
    }

    /** A number, or an empty cell for null (a missing or suppressed figure). */
    static ExportCell number(Number number) {
        if (number == null || number instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return EMPTY;
        }
        return new Numeric(new BigDecimal(number.toString()));
    }

    /** Text as a table shows it: a plain number ("23", "-3.1") becomes a number, anything else stays text. */
    static ExportCell shown(String text) {
        if (text != null && PLAIN_NUMBER.matcher(text.strip()).matches()) {
            return new Numeric(new BigDecimal(text.strip()));
        }
        return text(text);
    }

    /** Text, written inert even when it looks like a formula. */
    record Text(String value) implements ExportCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number, kept exact. */
    record Numeric(BigDecimal value) implements ExportCell {
        public Numeric {
            Objects.requireNonNull(value, "value");
        }

        /** The number as plain digits, without exponent or trailing zeros ("60.87", "14", "-3.1"). */
        public String plain() {
            BigDecimal stripped = value.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
    }

    /** No value. */
    record Empty() implements ExportCell {
    }
}
