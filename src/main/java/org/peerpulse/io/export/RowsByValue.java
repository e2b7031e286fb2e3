package org.peerpulse.io.export;

import java.util.Comparator;
import java.util.List;

/**
 * Orders rows by what they hold: cell by cell from column {@code first} to the last, then the
 * columns before it; an empty cell before a number (by value), a number before text. Rows in this
 * order tell nothing of the order they were made in (a survey's submissions), and the same rows
 * come out in the same order whatever order they came in.
 */
public record RowsByValue(int first) implements Comparator<List<ExportCell>> {
    @Override
    public int compare(List<ExportCell> a, List<ExportCell> b) {
        int width = Math.min(a.size(), b.size());
        for (int k = 0; k < width; k++) {
            int column = (first + k) % width;
            int order = compare(a.get(column), b.get(column));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compare(ExportCell a, ExportCell b) {
        if (a instanceof ExportCell.Numeric x && b instanceof ExportCell.Numeric y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof ExportCell.Text x && b instanceof ExportCell.Text y) {
            return x.value().compareTo(y.value());
        }
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(ExportCell cell) {
        if (cell instanceof ExportCell.Numeric) {
            return 1;
        }
        return cell instanceof ExportCell.Text ? 2 : 0;
    }
}
