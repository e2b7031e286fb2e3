package org.peerpulse.ui.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Puts a date on a chart whose horizontal axis is the waves: at a wave's own position on its date,
 * on the straight line between the two waves around it otherwise, and outside the first or last
 * wave at the scale of the nearest gap, never beyond the plot's edges.
 *
 * @param dates the dated waves in order, each once
 * @param xs    their display positions, same order
 * @param left  the plot's left edge
 * @param right the plot's right edge
 */
record TimeScale(List<LocalDate> dates, List<Double> xs, double left, double right) {
    TimeScale {
        if (dates.size() != xs.size()) {
            throw new IllegalArgumentException("one position per date");
        }
        dates = List.copyOf(dates);
        xs = List.copyOf(xs);
    }

    /** The display position of {@code date}; NaN when no wave has a date. */
    double x(LocalDate date) {
        int n = dates.size();
        if (n == 0) {
            return Double.NaN;
        }
        if (n == 1) {
            double half = (right - left) / 4;
            int side = date.compareTo(dates.get(0));
            return clamp(xs.get(0) + Integer.signum(side) * half);
        }
        int after = 1;
        while (after < n - 1 && date.isAfter(dates.get(after))) {
            after++;
        }
        int before = after - 1;
        long span = ChronoUnit.DAYS.between(dates.get(before), dates.get(after));
        double perDay = span <= 0 ? 0 : (xs.get(after) - xs.get(before)) / span;
        return clamp(xs.get(before) + perDay * ChronoUnit.DAYS.between(dates.get(before), date));
    }

    private double clamp(double x) {
        return Math.max(left, Math.min(right, x));
    }
}
