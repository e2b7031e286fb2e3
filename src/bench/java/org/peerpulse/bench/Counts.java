package org.peerpulse.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * What every engine must agree on for one filter: for the chosen sites together, each wave and
 * domain's n (answered the overall item) and high-stress count; for the chosen wave, each site's.
 * Keys are "wave label/domain" and "site name/domain".
 */
record Counts(Map<String, long[]> group, Map<String, long[]> wave) {
    Counts() {
        this(new TreeMap<>(), new TreeMap<>());
    }

    /** The first difference from {@code other}, or null when they agree. */
    String difference(Counts other) {
        String group = difference("sites", this.group, other.group);
        return group != null ? group : difference("wave", this.wave, other.wave);
    }

    private static String difference(String what, Map<String, long[]> mine, Map<String, long[]> theirs) {
        if (!mine.keySet().equals(theirs.keySet())) {
            return what + ": keys " + mine.keySet() + " vs " + theirs.keySet();
        }
        for (var entry : mine.entrySet()) {
            long[] other = theirs.get(entry.getKey());
            if (!java.util.Arrays.equals(entry.getValue(), other)) {
                return what + " " + entry.getKey() + ": n/high " + java.util.Arrays.toString(entry.getValue()) + " vs "
                        + java.util.Arrays.toString(other);
            }
        }
        return null;
    }
}
