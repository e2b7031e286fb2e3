package org.peerpulse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One change of filter, as a user makes it: 1–10 sites for the dashboard's five domains across all
 * waves, and one wave for the sites × domains of the Sites view (indexes into the program's lists).
 */
record Filter(List<Integer> sites, int wave) {
    /** {@code count} different filters, the same for every engine and every run of the same seed. */
    static List<Filter> random(long seed, int count, int siteCount, int waveCount) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Filter> filters = new ArrayList<>();
        java.util.Set<Filter> seen = new java.util.HashSet<>();
        while (filters.size() < count) {
            int size = 1 + random.nextInt(Math.min(10, siteCount));
            java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
            while (chosen.size() < size) {
                chosen.add(random.nextInt(siteCount));
            }
            Filter filter = new Filter(List.copyOf(chosen), random.nextInt(waveCount));
            if (seen.add(filter) || seen.size() >= (long) siteCount * waveCount) {
                filters.add(filter);
            }
        }
        return filters;
    }
}
