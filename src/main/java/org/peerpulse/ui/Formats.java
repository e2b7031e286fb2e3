package org.peerpulse.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.PValue;
import org.peerpulse.analysis.SmallNumbers;

/** Numbers, percentages and dates formatted for the user's locale, in one place. */
public final class Formats {
    private Formats() {
    }

    /** 60.87 → "61%". */
    public static String percent(double percent) {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.getDefault());
        format.setMaximumFractionDigits(0);
        return format.format(percent / 100);
    }

    /** A change in percentage points with its sign: "+8", "−3", "0". */
    public static String points(double points) {
        long rounded = Math.round(points);
        String number = NumberFormat.getIntegerInstance(Locale.getDefault()).format(Math.abs(rounded));
        return rounded > 0 ? "+" + number : rounded < 0 ? "\u2212" + number : number;
    }

    /** A change in percentage points with its sign and unit, as a sentence says it: "+8 points", "−1 point". */
    public static String pointsChange(double points) {
        return points(points) + (Math.abs(Math.round(points)) == 1 ? " point" : " points");
    }

    public static String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.getDefault()).format(value);
    }

    /**
     * A share with what it counts, as tables show it: "61% (14 of 23)"; "<5" when hidden by the
     * small-number rules (group size {@code k}), "–" when nobody answered.
     */
    public static String share(Figure figure, int k) {
        if (figure.suppressed()) {
            return SmallNumbers.hiddenMark(k);
        }
        if (!figure.hasValue()) {
            return "\u2013";
        }
        return Messages.tr("figure.share", percent(figure.plotted()), figure.count(), figure.n());
    }

    /** p-values as readers expect them: "p = 0.36", "p = 0.046", "p < 0.001" ({@link PValue}). */
    public static String pValue(double p) {
        return PValue.text(p, Locale.getDefault());
    }

    /** A date as tables write it: "Jun 1, 2022" (the month in words, never 6/1 or 1/6). */
    public static String date(LocalDate date) {
        return date == null ? "" : dateFormat().withLocale(Locale.getDefault()).format(date);
    }

    /**
     * A date typed as {@link #date} writes it (in any case: "jun 1, 2022") or as ISO ("2022-06-01");
     * null when blank.
     *
     * @throws DateTimeParseException for any other text
     */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            return LocalDate.parse(typed, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException notIso) {
            return LocalDate.parse(typed, new DateTimeFormatterBuilder().parseCaseInsensitive().append(dateFormat())
                    .toFormatter(Locale.getDefault()));
        }
    }

    /** A moment as the user reads it, in the local time it happened: date and time to the second. */
    public static String dateTime(java.time.ZonedDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()).format(moment);
    }

    private static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    }
}
