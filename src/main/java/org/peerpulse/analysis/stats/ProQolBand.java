package org.peerpulse.analysis.stats;

/** ProQOL 5 score bands (instrument.md): 22 or less low, 23–41 moderate, 42 or more high. */
public enum ProQolBand {
    LOW,
    MODERATE,
    HIGH;

    /** @throws IllegalArgumentException for a score outside the possible 10–50 */
    public static ProQolBand of(int score) {
        if (score < ProQol.MIN_SCORE || score > ProQol.MAX_SCORE) {
            throw new IllegalArgumentException("ProQOL score " + score + " outside 10..50");
        }
        if (score <= 22) {
            return LOW;
        }
        return score <= 41 ? MODERATE : HIGH;
    }
}
