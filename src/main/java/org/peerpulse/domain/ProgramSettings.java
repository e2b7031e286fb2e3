package org.peerpulse.domain;

/**
 * The program's analysis settings.
 *
 * @param highStressThreshold an overall item at or above this is high stress (default 4: Very or Extremely)
 * @param minGroupSize        k of the small-number rules (default 5, allowed 3–20)
 * @param alertPercent        a site's high-stress share at or above this (in %) raises an alert (default 50)
 */
public record ProgramSettings(int highStressThreshold, int minGroupSize, int alertPercent) {
    public static final int DEFAULT_ALERT_PERCENT = 50;
    public static final ProgramSettings DEFAULTS = new ProgramSettings(4, 5, DEFAULT_ALERT_PERCENT);
    public static final int MIN_K = 3;
    public static final int MAX_K = 20;

    public ProgramSettings {
        if (highStressThreshold < 2 || highStressThreshold > 5) {
            throw new IllegalArgumentException("The high-stress threshold must be from 2 to 5, not " + highStressThreshold);
        }
        if (minGroupSize < MIN_K || minGroupSize > MAX_K) {
            throw new IllegalArgumentException("The minimum group size must be from 3 to 20, not " + minGroupSize);
        }
        if (alertPercent < 1 || alertPercent > 100) {
            throw new IllegalArgumentException("The alert level must be from 1% to 100%, not " + alertPercent + "%");
        }
    }

    public ProgramSettings(int highStressThreshold, int minGroupSize) {
        this(highStressThreshold, minGroupSize, DEFAULT_ALERT_PERCENT);
    }
}
