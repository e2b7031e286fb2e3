package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reader who sees some figures, knows which sums tie all of them (members adding up to a total,
 * whether shown or not), and proves each hidden figure between a low and a high bound, tightened
 * sum by sum to a fixed point: subtraction and the bounds it gives, over any number of tables.
 * Public: the service tests read the views' figures with it too.
 */
public final class LinesReader {
    private final long[] low;
    private final long[] high;
    private final boolean[] hidden;
    private final List<int[]> sums = new ArrayList<>(); // members, then the total

    /**
     * @param seen  each figure as shown, null where it is hidden
     * @param upper a bound no figure exceeds (the program's number of respondents)
     */
    public LinesReader(Long[] seen, long upper) {
        low = new long[seen.length];
        high = new long[seen.length];
        hidden = new boolean[seen.length];
        for (int at = 0; at < seen.length; at++) {
            hidden[at] = seen[at] == null;
            low[at] = hidden[at] ? 0 : seen[at];
            high[at] = hidden[at] ? upper : seen[at];
        }
    }

    /** The figures at {@code members} add up to the one at {@code total}. */
    public void sum(int[] members, int total) {
        int[] sum = Arrays.copyOf(members, members.length + 1);
        sum[members.length] = total;
        sums.add(sum);
    }

    public LinesReader solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] sum : sums) {
                changed |= tighten(sum);
            }
        }
        return this;
    }

    public boolean hidden(int at) {
        return hidden[at];
    }

    public boolean pins(int at) {
        return low[at] == high[at];
    }

    private boolean tighten(int[] sum) {
        int total = sum[sum.length - 1];
        long sumLow = 0;
        long sumHigh = 0;
        for (int m = 0; m < sum.length - 1; m++) {
            sumLow += low[sum[m]];
            sumHigh += high[sum[m]];
        }
        boolean changed = false;
        if (sumLow > low[total]) {
            low[total] = sumLow;
            changed = true;
        }
        if (sumHigh < high[total]) {
            high[total] = sumHigh;
            changed = true;
        }
        for (int m = 0; m < sum.length - 1; m++) {
            int at = sum[m];
            long atLeast = low[total] - (sumHigh - high[at]);
            long atMost = high[total] - (sumLow - low[at]);
            if (atLeast > low[at]) {
                low[at] = atLeast;
                changed = true;
            }
            if (atMost < high[at]) {
                high[at] = atMost;
                changed = true;
            }
        }
        return changed;
    }
}
