package org.peerpulse.analysis.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Test oracle: Fisher's p-values in exact rational arithmetic, P(a) = C(r1, a) C(r2, c1 − a) / C(N, c1).
 * The two-sided sum follows R's fisher.test: every table with P ≤ P(observed) × (1 + 1e-7).
 */
final class ExactFisher {
    private static final BigDecimal R_RELATIVE_TOLERANCE = new BigDecimal("1.0000001");

    private ExactFisher() {
    }

    static double twoSided(int a, int b, int c, int d) {
        int r1 = a + b;
        int r2 = c + d;
        int c1 = a + c;
        BigDecimal threshold = new BigDecimal(weight(r1, r2, c1, a)).multiply(R_RELATIVE_TOLERANCE);
        BigInteger sum = BigInteger.ZERO;
        for (int x = Math.max(0, c1 - r2); x <= Math.min(r1, c1); x++) {
            BigInteger w = weight(r1, r2, c1, x);
            if (new BigDecimal(w).compareTo(threshold) <= 0) {
                sum = sum.add(w);
            }
        }
        return ratio(sum, binomial(r1 + r2, c1));
    }

    /** P(X ≤ a). */
    static double less(int a, int b, int c, int d) {
        int r1 = a + b;
        int r2 = c + d;
        int c1 = a + c;
        BigInteger sum = BigInteger.ZERO;
        for (int x = Math.max(0, c1 - r2); x <= a; x++) {
            sum = sum.add(weight(r1, r2, c1, x));
        }
        return ratio(sum, binomial(r1 + r2, c1));
    }

    private static BigInteger weight(int r1, int r2, int c1, int x) {
        return binomial(r1, x).multiply(binomial(r2, c1 - x));
    }

    static BigInteger binomial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }

    private static double ratio(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }
}
