package org.peerpulse.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked r×c table of counts with its margins and expected counts under independence
 * ({@code E = rowSum × colSum / N}, as R's {@code chisq.test}). Package-private helper of the tests.
 */
final class CountTable {
    private final long[][] counts;
    private final long[] rowSums;
    private final long[] columnSums;
    private final long total;

    private CountTable(long[][] counts) {
        this.counts = counts;
        this.rowSums = new long[counts.length];
        this.columnSums = new long[counts.length == 0 ? 0 : counts[0].length];
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < columnSums.length; j++) {
                rowSums[i] = Math.addExact(rowSums[i], counts[i][j]);
                columnSums[j] = Math.addExact(columnSums[j], counts[i][j]);
                sum = Math.addExact(sum, counts[i][j]);
            }
        }
        this.total = sum;
    }

    /** Copies and checks the table: rectangular, at least one cell, no negative count. */
    static CountTable of(long[][] table) {
        if (table == null || table.length == 0 || table[0] == null || table[0].length == 0) {
            throw new IllegalArgumentException("a table needs at least one row and one column");
        }
        long[][] copy = new long[table.length][];
        for (int i = 0; i < table.length; i++) {
            if (table[i] == null || table[i].length != table[0].length) {
                throw new IllegalArgumentException("row " + i + " is not as long as row 0");
            }
            for (long count : table[i]) {
                if (count < 0) {
                    throw new IllegalArgumentException("negative count " + count + " in row " + i);
                }
            }
            copy[i] = table[i].clone();
        }
        return new CountTable(copy);
    }

    /** The same table without its all-zero rows and columns. */
    CountTable withoutEmptyLines() {
        List<Integer> keptColumns = new ArrayList<>();
        for (int j = 0; j < columnSums.length; j++) {
            if (columnSums[j] > 0) {
                keptColumns.add(j);
            }
        }
        List<long[]> keptRows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (rowSums[i] > 0) {
                long[] row = counts[i];
                keptRows.add(keptColumns.stream().mapToLong(j -> row[j]).toArray());
            }
        }
        return new CountTable(keptRows.toArray(new long[0][]));
    }

    int rows() {
        return counts.length;
    }

    int columns() {
        return columnSums.length;
    }

    long total() {
        return total;
    }

    long count(int row, int column) {
        return counts[row][column];
    }

    double expected(int row, int column) {
        return (double) rowSums[row] * columnSums[column] / total;
    }

    double minExpected() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                min = Math.min(min, expected(i, j));
            }
        }
        return min;
    }

    boolean hasEmptyMargin() {
        for (long sum : rowSums) {
            if (sum == 0) {
                return true;
            }
        }
        for (long sum : columnSums) {
            if (sum == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pearson's X² = Σ (|O − E| − y)² / E. With {@code yates}, y = min(0.5, min |O − E|) as R's
     * {@code chisq.test} does (the cap keeps the correction from overshooting); otherwise y = 0.
     * NaN when a margin is zero (some E = 0), as in R.
     */
    double pearsonChiSquare(boolean yates) {
        double correction = 0;
        if (yates) {
            correction = 0.5;
            for (int i = 0; i < rows(); i++) {
                for (int j = 0; j < columns(); j++) {
                    correction = Math.min(correction, Math.abs(count(i, j) - expected(i, j)));
                }
            }
        }
        double sum = 0;
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                double e = expected(i, j);
                double deviation = Math.abs(count(i, j) - e) - correction;
                sum += deviation * deviation / e;
            }
        }
        return sum;
    }
}
