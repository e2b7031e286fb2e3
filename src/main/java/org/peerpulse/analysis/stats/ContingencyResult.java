package org.peerpulse.analysis.stats;

/**
 * Association in an r×c table (analysis.md, "Associations between two variables"), computed on
 * the table without its all-zero rows and columns.
 *
 * @param chi2               Pearson X²; with Yates' correction (R's cap) when the table is 2×2
 * @param df                 (r − 1)(c − 1) of the reduced table; 0 when it is not testable
 * @param p                  upper-tail chi-square p-value
 * @param yates              whether Yates' correction was applied (2×2 only)
 * @param fisherP            Fisher's exact two-sided p for a 2×2 table, otherwise null
 * @param cramersV           Cramér's V from the uncorrected X² (also for 2×2)
 * @param minExpected        smallest expected count
 * @param lowExpectedWarning an expected count is below 5 (R warns then too)
 */
public record ContingencyResult(double chi2, int df, double p, boolean yates, Double fisherP, double cramersV,
                                double minExpected, boolean lowExpectedWarning) {
    /** Fewer than two non-empty rows or columns: nothing to test, every number NaN. */
    static final ContingencyResult NOT_TESTABLE =
            new ContingencyResult(Double.NaN, 0, Double.NaN, false, null, Double.NaN, Double.NaN, false);

    /** False when fewer than two non-empty rows or columns remain. */
    public boolean testable() {
        return df > 0;
    }
}
