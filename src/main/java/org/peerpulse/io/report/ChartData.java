package org.peerpulse.io.report;

import java.util.List;

/**
 * A trend chart: series of points over waves, each with its 95% interval, and shaded bands for
 * the time an intervention ran. Everything is in the chart's own units; nothing is computed here.
 *
 * @param xLabels the waves, in order: a point's place is its index
 * @param yMax    the top of the value axis (100 for percentages)
 */
public record ChartData(String title, String yLabel, double yMax, List<String> xLabels, List<Series> series,
                        List<Band> bands, String legendNote) {
    public ChartData {
        xLabels = List.copyOf(xLabels);
        series = List.copyOf(series);
        bands = List.copyOf(bands);
        for (Series s : series) {
            if (s.points().size() != xLabels.size()) {
                throw new IllegalArgumentException("A series needs one point (or gap) per wave");
            }
        }
    }

    /** The shape of a series' markers, so that colour is never the only cue. */
    public enum Marker {
        CIRCLE, SQUARE, DIAMOND, TRIANGLE
    }

    /**
     * @param rgb    the colour, 0xRRGGBB
     * @param points one per wave; null where there is no figure to show (a gap)
     */
    public record Series(String name, int rgb, Marker marker, boolean dashed, List<Point> points) {
        public Series {
            points = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(points));
        }
    }

    /** A value with its interval (either end null when there is none). */
    public record Point(double value, Double low, Double high) {
    }

    /**
     * A shaded span of time.
     *
     * @param from where it starts, in wave positions (fractions between two waves are fine)
     * @param to   where it ends, in the same units
     */
    public record Band(double from, double to, String label) {
    }
}
