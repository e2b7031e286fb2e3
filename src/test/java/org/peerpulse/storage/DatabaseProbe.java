package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SummaryCounts;

/**
 * Test-side look into a database without the services: raw counts, every answer as text, and the
 * check that the summary counts equal a recount of the raw answers (decision 0001).
 */
public final class DatabaseProbe {
    private DatabaseProbe() {
    }

    /** Rows of {@code table} (a fixed table name from the schema). */
    public static long count(Database database, String table) {
        return database.read(c -> single(c, "select count(*) from " + table), "count " + table);
    }

    /** The sum of site_wave_summary.responses. */
    public static long summarisedResponses(Database database) {
        return database.read(c -> single(c, "select coalesce(sum(responses), 0) from site_wave_summary"),
                "sum the summaries");
    }

    /** The rows of a query as "a|b|c" lines, in the query's order. */
    public static List<String> lines(Database database, String sql) {
        return database.read(c -> lines(c, sql), sql);
    }

    static List<String> lines(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                out.add(line.toString());
            }
        }
        return out;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Every summary row, the sites' and the program's totals, equals what a recount of the stored
     * raw answers gives, and there are no others.
     */
    public static void assertSummariesEqualARecount(Database database) {
        SummaryRepository summaries = new SummaryRepository(database);
        List<Response> all = new ResponseRepository(database, Clock.systemUTC()).find(Set.of(), Set.of());
        SummaryDelta recount = SummaryDelta.adding(all);
        assertEqual(summaries.counts(Set.of(), Set.of()), recount, site -> site);
        assertEqual(summaries.programTotals(Set.of()), recount.overAllSites(), site -> null);
        assertThat(summaries.counts(Set.of(), Set.of()).responses().stream()
                .mapToLong(SummaryCounts.ResponseCount::responses).sum()).isEqualTo(all.size());
    }

    /** @param key the site of the recount's keys for a stored row's site (none for the program's totals) */
    private static void assertEqual(SummaryCounts stored, SummaryDelta recount,
                                    java.util.function.UnaryOperator<org.peerpulse.domain.SiteId> key) {
        assertThat(stored.responses()).hasSize(recount.responses.size()).allSatisfy(r -> assertThat(r.responses())
                .isEqualTo(recount.responses.get(new SummaryDelta.SiteWave(key.apply(r.site()), r.wave()))));
        assertThat(stored.answered()).hasSize(recount.answered.size()).allSatisfy(a -> assertThat(a.answered())
                .isEqualTo(recount.answered.get(new SummaryDelta.ItemKey(key.apply(a.site()), a.wave(), a.item()))));
        assertThat(stored.values()).hasSize(recount.values.size()).allSatisfy(v -> assertThat(v.respondents())
                .isEqualTo(recount.values.get(new SummaryDelta.ValueKey(key.apply(v.site()), v.wave(), v.item(), v.value()))));
        assertThat(stored.scores()).hasSize(recount.scores.size()).allSatisfy(s -> {
            SummaryDelta.ScoreTotals totals = recount.scores.get(
                    new SummaryDelta.DomainKey(key.apply(s.site()), s.wave(), s.domain()));
            assertThat(new long[] {s.scored(), s.sum60(), s.squareSum3600()})
                    .containsExactly(totals.scored, totals.sum60, totals.squareSum3600);
        });
    }
}
