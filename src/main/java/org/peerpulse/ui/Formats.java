package org.peerpulse.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()).format(date);
    }

    /** A moment as the user reads it, in the local time it happened: date and time to the second. */
    public static String dateTime(java.time.ZonedDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()).format(moment);
    }
}
