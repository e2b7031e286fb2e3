package org.peerpulse.analysis.stats;

import java.util.Map;
import java.util.Set;
import org.peerpulse.domain.Psp1;

/**
 * Scores the ProQOL 5 (instrument.md, "Optional module: ProQOL 5"), raw-score convention of
 * its manual: each subscale is the sum of its ten items, burnout with items 1, 4, 15, 17 and 29
 * reversed (1↔5, 2↔4).
 */
public final class ProQol {
    static final int MIN_SCORE = 10;
    static final int MAX_SCORE = 50;

    private static final int[] COMPASSION_SATISFACTION = {3, 6, 12, 16, 18, 20, 22, 24, 27, 30};
    private static final int[] BURNOUT = {1, 4, 8, 10, 15, 17, 19, 21, 26, 29};
    private static final int[] SECONDARY_TRAUMATIC_STRESS = {2, 5, 7, 9, 11, 13, 14, 23, 25, 28};
    /** Burnout items scored in reverse; no other subscale has reversed items. */
    private static final Set<Integer> REVERSED = Set.of(1, 4, 15, 17, 29);

    private ProQol() {
    }

    /**
     * @param answers item code ({@code pq01} … {@code pq30}, see {@link Psp1#proqolItem(int)}) →
     *                value code "1" … "5"; a missing key, null or blank value is a missing item
     * @throws IllegalArgumentException for a value other than "1" … "5"
     */
    public static ProQolScores score(Map<String, String> answers) {
        return new ProQolScores(
                sum(answers, COMPASSION_SATISFACTION),
                sum(answers, BURNOUT),
                sum(answers, SECONDARY_TRAUMATIC_STRESS));
    }

    /** The subscale's sum, or null when any of its items is missing. */
    private static Integer sum(Map<String, String> answers, int[] items) {
        int sum = 0;
        for (int item : items) {
            Integer value = value(answers, item);
            if (value == null) {
                return null;
            }
            sum += REVERSED.contains(item) ? 6 - value : value;
        }
        return sum;
    }

    private static Integer value(Map<String, String> answers, int item) {
        String code = Psp1.proqolItem(item);
        String raw = answers.get(code);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.trim();
        if (trimmed.length() != 1 || trimmed.charAt(0) < '1' || trimmed.charAt(0) > '5') {
            throw new IllegalArgumentException(code + " = \"" + raw + "\", expected 1 to 5");
        }
        return trimmed.charAt(0) - '0';
    }
}
