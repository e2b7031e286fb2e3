package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.withinPercentage;

import org.assertj.core.data.Percentage;

/** How close a computed value must be to a reference value. */
final class Tolerance {
    /** 1e-6 relative: R prints 7 significant digits, so its rounding stays well inside this. */
    static final Percentage R_PRINTED = withinPercentage(1e-4);
    /** 1e-12 relative: for values derived by hand as exact fractions or closed forms. */
    static final Percentage EXACT = withinPercentage(1e-10);

    private Tolerance() {
    }
}
