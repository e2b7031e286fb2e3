package org.peerpulse.analysis;

import java.util.List;
import org.peerpulse.analysis.stats.ContingencyResult;
import org.peerpulse.analysis.stats.ContingencyTest;
import org.peerpulse.domain.Response;

/**
 * The association between two variables, as the source study tested it: the r × c table of
 * counts after small-number protection (cell rule and complementary suppression with the row,
 * column and grand totals), and the chi-square test (Yates for 2 × 2, Fisher beside it) when the
 * table holds at least k respondents.
 *
 * @param counts    the protected table; read its cells, never the raw counts
 * @param n         respondents who answered both; null when the whole table is hidden
 * @param test      null when the table is too small for statistics or has nothing to test
 */
public record CrossTab(Variable rows, Variable columns, SuppressedTable counts, Long n, ContingencyResult test) {

    public static CrossTab of(Variable rows, Variable columns, List<Response> responses, SmallNumbers protection) {
        long[][] table = new long[rows.categories().size()][columns.categories().size()];
        long n = 0;
        for (Response response : responses) {
            var row = rows.classify().apply(response);
            var column = columns.classify().apply(response);
            if (row.isPresent() && column.isPresent()) {
                int i = rows.categories().indexOf(row.get());
                int j = columns.categories().indexOf(column.get());
                if (i >= 0 && j >= 0) {
                    table[i][j]++;
                    n++;
                }
            }
        }
        SuppressedTable shown = protection.protect(table, Totals.ALL);
        if (protection.hidesGroup(n)) {
            return new CrossTab(rows, columns, shown, null, null);
        }
        ContingencyResult result = protection.showsStatistics(n) ? ContingencyTest.of(table) : null;
        return new CrossTab(rows, columns, shown, n, result == null || !result.testable() ? null : result);
    }
}
