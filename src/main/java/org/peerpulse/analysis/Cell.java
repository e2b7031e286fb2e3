package org.peerpulse.analysis;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One figure of a protected table: a count, a row or column total, or the grand total.
 *
 * @param count       the count, or empty when it is hidden (never the hidden value itself)
 * @param suppression why it is (or, with "show small numbers" on, would be) hidden
 */
public record Cell(OptionalLong count, Suppression suppression) {
    public Cell {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(suppression, "suppression");
        if (count.isEmpty() && suppression == Suppression.NONE) {
            throw new IllegalArgumentException("A hidden cell needs a reason");
        }
    }

    /** True when the count must not be shown. */
    public boolean hidden() {
        return count.isEmpty();
    }

    /** True when the rules select this figure, whether or not the override shows it anyway. */
    public boolean wouldBeHidden() {
        return suppression != Suppression.NONE;
    }
}
