package org.peerpulse.analysis.stats;

/**
 * The three ProQOL 5 raw scores (10–50 each); a subscale with any item missing is null,
 * never a guess.
 */
public record ProQolScores(Integer compassionSatisfaction, Integer burnout, Integer secondaryTraumaticStress) {
}
