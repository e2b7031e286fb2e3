package org.peerpulse.io;

import java.util.ArrayList;
import java.util.List;

/** Rows of a file as a reader scans them: "2", or "2–4, 7", a run of rows one after another as a range. */
public final class RowRuns {
    private RowRuns() {
    }

    /** @param rows in increasing order */
    public static String text(List<Integer> rows) {
        return text(rows, Integer.MAX_VALUE);
    }

    /** As {@link #text(List)}, at most {@code most} runs, the rows after them counted: "2–4, 7 and 12 more rows". */
    public static String text(List<Integer> rows, int most) {
        List<String> shown = new ArrayList<>();
        int i = 0;
        while (i < rows.size() && shown.size() < most) {
            int first = rows.get(i);
            while (i + 1 < rows.size() && rows.get(i + 1) == rows.get(i) + 1) {
                i++;
            }
            shown.add(first == rows.get(i) ? String.valueOf(first) : first + "–" + rows.get(i));
            i++;
        }
        int more = rows.size() - i;
        return String.join(", ", shown) + (more == 0 ? "" : " and " + more + (more == 1 ? " more row" : " more rows"));
    }
}
