package org.peerpulse.io.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Where plans' titles go at the top of a trend chart, the app's and the report's alike: each on the
 * first line from the top where it overlaps no title written before it, with a gap between them;
 * with every line taken, on none (the list of plans names them all).
 */
public final class LabelLines {
    private final int most;
    private final double gap;
    private final List<List<double[]>> lines = new ArrayList<>(); // per line from the top, where its titles are

    /**
     * @param most how many lines of titles at most
     * @param gap  the least room between two titles on a line
     */
    public LabelLines(int most, double gap) {
        this.most = most;
        this.gap = gap;
    }

    /** Takes room for a title from {@code left}, {@code width} wide; its line (0 the top), or −1 when none is free. */
    public int place(double left, double width) {
        for (int line = 0; line < most; line++) {
            if (line == lines.size()) {
                lines.add(new ArrayList<>());
            }
            boolean free = lines.get(line).stream()
                    .allMatch(taken -> taken[1] + gap <= left || left + width + gap <= taken[0]);
            if (free) {
                lines.get(line).add(new double[] {left, left + width});
                return line;
            }
        }
        return -1;
    }
}
