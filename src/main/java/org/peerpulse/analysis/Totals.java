package org.peerpulse.analysis;

/**
 * Which totals of a table a reader can know. Count a total as known if it appears anywhere the
 * same reader can see it: in the table, or elsewhere (a site's n under its tile is that site's
 * row total). When in doubt use {@link #ALL}: protecting a total that is not shown costs a
 * little, leaving a shown one out leaks.
 */
public enum Totals {
    /** No totals are known: no line can be solved by subtraction. */
    NONE(false, false),
    /** A total for each row (a totals column) and the grand total under it. */
    ROWS(true, false),
    /** A total for each column (a totals row, e.g. a program total under its sites) and the grand total. */
    COLUMNS(false, true),
    /** Row totals, column totals and the grand total. */
    ALL(true, true);

    private final boolean rows;
    private final boolean columns;

    Totals(boolean rows, boolean columns) {
        this.rows = rows;
        this.columns = columns;
    }

    public boolean rows() {
        return rows;
    }

    public boolean columns() {
        return columns;
    }

    public boolean grand() {
        return rows || columns;
    }
}
