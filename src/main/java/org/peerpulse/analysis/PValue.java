package org.peerpulse.analysis;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A p-value as every view, report and command writes it: "p < 0.001", three decimals below 0.1
 * ("p = 0.046", where two would read 0.05 beside a verdict of a real change), four when three
 * would still read 0.050 ("p = 0.0496"), and two from 0.1 up ("p = 0.36").
 */
public final class PValue {
    private PValue() {
    }

    public static String text(double p, Locale locale) {
        if (p < 0.001) {
            return "p < " + decimals(0.001, 3, locale);
        }
        int places = p >= 0.1 ? 2 : Math.abs(Math.round(p * 1000) - 50) == 0 ? 4 : 3;
        return "p = " + decimals(p, places, locale);
    }

    private static String decimals(double value, int places, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        return format.format(value);
    }
}
