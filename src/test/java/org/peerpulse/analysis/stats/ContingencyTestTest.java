package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpulse.analysis.stats.Tolerance.EXACT;
import static org.peerpulse.analysis.stats.Tolerance.R_PRINTED;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class ContingencyTestTest {
    /** R help of chisq.test (Agresti 2007, p. 39): party × gender, F = 762, 327, 468; M = 484, 239, 477. */
    private static final long[][] PARTY_BY_GENDER = {{762, 327, 468}, {484, 239, 477}};

    @Test
    void matchesRPartyByGenderExample() {
        ContingencyResult result = ContingencyTest.of(PARTY_BY_GENDER);
        assertThat(result.chi2()).isCloseTo(30.07015, R_PRINTED);
        assertThat(result.df()).isEqualTo(2);
        assertThat(result.p()).isCloseTo(2.953589e-07, R_PRINTED);
        assertThat(result.yates()).isFalse();
        assertThat(result.fisherP()).isNull();
        // V = √(X² / (N (min(r, c) − 1))), N = 2757
        assertThat(result.cramersV()).isCloseTo(Math.sqrt(30.07015 / 2757), R_PRINTED);
        // smallest E: row M (1200) × column "Ind" (566) / 2757
        assertThat(result.minExpected()).isCloseTo(1200.0 * 566 / 2757, EXACT);
        assertThat(result.lowExpectedWarning()).isFalse();
        assertThat(result.testable()).isTrue();
    }

    @Test
    void dropsEmptyRowsAndColumnsBeforeTesting() {
        long[][] withEmptyCategory = {{762, 0, 327, 468}, {0, 0, 0, 0}, {484, 0, 239, 477}};
        assertThat(ContingencyTest.of(withEmptyCategory)).isEqualTo(ContingencyTest.of(PARTY_BY_GENDER));
    }

    /**
     * R: chisq.test(matrix(c(12, 5, 7, 7), ncol = 2)) → X² = 0.6411203, p = 0.4233054 (Yates).
     * Cramér's V uses the uncorrected X²; for 2×2 it is |ad − bc| / √(r1 r2 c1 c2) = 49 / √54264.
     */
    @Test
    void twoByTwoUsesYatesAndShowsFisher() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{12, 7}, {5, 7}});
        assertThat(result.chi2()).isCloseTo(0.6411203, R_PRINTED);
        assertThat(result.p()).isCloseTo(0.4233054, R_PRINTED);
        assertThat(result.df()).isEqualTo(1);
        assertThat(result.yates()).isTrue();
        assertThat(result.fisherP()).isCloseTo(ExactFisher.twoSided(12, 7, 5, 7), EXACT);
        assertThat(result.cramersV()).isCloseTo(49 / Math.sqrt(54264), EXACT);
        assertThat(result.lowExpectedWarning()).isFalse();
    }

    /** R help of fisher.test, TeaTasting: expected counts all 2, so R warns; Fisher 0.4857143 beside X² = 0.5. */
    @Test
    void warnsWhenAnExpectedCountIsBelowFive() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{3, 1}, {1, 3}});
        assertThat(result.lowExpectedWarning()).isTrue();
        assertThat(result.minExpected()).isEqualTo(2.0);
        assertThat(result.chi2()).isCloseTo(0.5, EXACT);
        assertThat(result.fisherP()).isCloseTo(0.4857143, R_PRINTED);
    }

    /**
     * R help of prop.test: smokers 83, 90, 129, 70 of 86, 93, 136, 82 → "X-squared = 12.6, df = 3,
     * p-value = 0.005585", the Pearson test of the 4×2 table (smokers, non-smokers). Printed to 4 digits only.
     */
    @Test
    void matchesRPropTestOfFourGroups() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{83, 3}, {90, 3}, {129, 7}, {70, 12}});
        Percentage fourDigits = Percentage.withPercentage(0.05);
        assertThat(result.chi2()).isCloseTo(12.6, fourDigits);
        assertThat(result.df()).isEqualTo(3);
        assertThat(result.p()).isCloseTo(0.005585, fourDigits);
        assertThat(result.yates()).isFalse();
        assertThat(result.fisherP()).isNull();
    }

    /**
     * Perfect association in a 3×3 diagonal table of 10s: X² = N (min(r, c) − 1) = 60, V = 1, df = 4;
     * for 4 df the survival function is e^(−x/2)(1 + x/2), so p = 31 e^(−30). Every E = 10/3 &lt; 5.
     */
    @Test
    void perfectAssociationHasCramersVOne() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{10, 0, 0}, {0, 10, 0}, {0, 0, 10}});
        assertThat(result.chi2()).isCloseTo(60.0, EXACT);
        assertThat(result.df()).isEqualTo(4);
        assertThat(result.p()).isCloseTo(31 * Math.exp(-30), EXACT);
        assertThat(result.cramersV()).isCloseTo(1.0, EXACT);
        assertThat(result.lowExpectedWarning()).isTrue();
    }

    /** Proportional rows: every O = E, so X² = 0, p = 1, V = 0. */
    @Test
    void independentTableHasChiSquareZero() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{1, 2, 3}, {2, 4, 6}});
        assertThat(result.chi2()).isBetween(0.0, 1e-12);
        assertThat(result.p()).isCloseTo(1.0, EXACT);
        assertThat(result.cramersV()).isLessThan(1e-6);
    }

    @Test
    void aTableWithOneNonEmptyRowOrColumnIsNotTestable() {
        assertThat(ContingencyTest.of(new long[][] {{5, 0}, {7, 0}})).isEqualTo(ContingencyResult.NOT_TESTABLE);
        assertThat(ContingencyTest.of(new long[][] {{0, 0, 0}, {4, 2, 9}})).isEqualTo(ContingencyResult.NOT_TESTABLE);
        assertThat(ContingencyTest.of(new long[][] {{0, 0}, {0, 0}}).testable()).isFalse();
        assertThat(ContingencyResult.NOT_TESTABLE.p()).isNaN();
        assertThat(ContingencyResult.NOT_TESTABLE.fisherP()).isNull();
    }

    @Test
    void refusesRaggedOrNegativeTables() {
        assertThatThrownBy(() -> ContingencyTest.of(new long[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContingencyTest.of(new long[][] {{1, -2}, {3, 4}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContingencyTest.of(new long[0][])).isInstanceOf(IllegalArgumentException.class);
    }
}
