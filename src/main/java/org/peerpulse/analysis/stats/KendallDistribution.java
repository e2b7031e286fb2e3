package org.peerpulse.analysis.stats;

/**
 * The exact null distribution of Kendall's S for n untied values: S = C(n, 2) − 2·I, where the
 * number of inversions I of a uniformly random permutation has the Mahonian distribution,
 * counted here by the usual recurrence (inserting the k-th element adds 0..k−1 inversions).
 */
final class KendallDistribution {
    /** n! overflows a long beyond 20; the exact test is only used for n &lt; 10. */
    private static final int MAX_N = 20;

    private KendallDistribution() {
    }

    /** Permutations of n elements by their number of inversions, index 0..C(n, 2). */
    static long[] inversionCounts(int n) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n = " + n + " outside 1.." + MAX_N);
        }
        long[] counts = {1};
        for (int k = 2; k <= n; k++) {
            long[] next = new long[counts.length + k - 1];
            for (int inversions = 0; inversions < counts.length; inversions++) {
                for (int added = 0; added < k; added++) {
                    next[inversions + added] += counts[inversions];
                }
            }
            counts = next;
        }
        return counts;
    }

    /** P(|S| ≥ |s|) for n untied values; 1 when s = 0. */
    static double twoSidedP(int n, long s) {
        long[] counts = inversionCounts(n);
        long pairs = (long) n * (n - 1) / 2;
        long extreme = 0;
        long all = 0;
        for (int inversions = 0; inversions < counts.length; inversions++) {
            long value = pairs - 2L * inversions;
            if (Math.abs(value) >= Math.abs(s)) {
                extreme += counts[inversions];
            }
            all += counts[inversions];
        }
        return (double) extreme / all;
    }
}
