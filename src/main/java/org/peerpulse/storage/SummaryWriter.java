package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * Applies a {@link SummaryDelta} inside the caller's transaction: an UPDATE that adds to each
 * existing row, then an INSERT for the rows that did not exist yet (portable: no MERGE/UPSERT);
 * the rows of a site and wave that has none yet are inserted at once.
 * Every delta is added to the sites' summary tables and, added up over the sites, to the program's
 * (schema version 7), so the program's totals always equal the sum of its sites' counts.
 */
final class SummaryWriter {
    /** Each summary table of the sites and its count: a row whose count is zero is pruned. */
    private static final java.util.Map<String, String> COUNT_COLUMN = java.util.Map.of("site_wave_summary", "responses",
            "item_summary", "answered", "value_summary", "respondents", "domain_score_summary", "scored");

    private SummaryWriter() {
    }

    /** The program's totals table beside a sites' summary table (schema version 7). */
    static String programTable(String siteTable) {
        return "program_" + siteTable.replace("site_wave_", "wave_");
    }

    /** The sites' summary tables, or the program's: the same counts without the site_id column. */
    private enum Level {
        SITES, PROGRAM;

        String table(String siteTable) {
            return this == SITES ? siteTable : programTable(siteTable);
        }

        /** The site's part of a WHERE clause, of a column list, of a VALUES list. */
        String siteIs() {
            return this == SITES ? "site_id = ? and " : "";
        }

        String siteColumn() {
            return this == SITES ? "site_id, " : "";
        }

        String siteValue() {
            return this == SITES ? "?, " : "";
        }

        /** Binds the site (sites' tables only) at {@code index}; returns the next index. */
        int bindSite(PreparedStatement statement, int index, SiteId site) throws SQLException {
            if (this == PROGRAM) {
                return index;
            }
            statement.setLong(index, site.value());
            return index + 1;
        }
    }

    static void apply(Connection connection, SummaryDelta delta) throws SQLException {
        apply(connection, delta, Level.SITES);
        apply(connection, delta.overAllSites(), Level.PROGRAM);
    }

    private static void apply(Connection connection, SummaryDelta delta, Level level) throws SQLException {
        Set<SummaryDelta.SiteWave> withRows = withRows(connection, delta, level);
        upsert(connection, SummaryDelta.inOrder(delta.responses, SummaryDelta.SiteWave.ORDER),
                e -> withRows.contains(e.getKey()),
                "update " + level.table("site_wave_summary") + " set responses = responses + ? where "
                        + level.siteIs() + "wave_id = ?",
                "insert into " + level.table("site_wave_summary") + " (responses, " + level.siteColumn()
                        + "wave_id) values (?, " + level.siteValue() + "?)",
                (s, e) -> {
                    s.setLong(1, e.getValue());
                    s.setLong(level.bindSite(s, 2, e.getKey().site()), e.getKey().wave().value());
                });
        upsert(connection, SummaryDelta.inOrder(delta.answered, SummaryDelta.ItemKey.ORDER),
                e -> withRows.contains(new SummaryDelta.SiteWave(e.getKey().site(), e.getKey().wave())),
                "update " + level.table("item_summary") + " set answered = answered + ? where " + level.siteIs()
                        + "wave_id = ? and item_code = ?",
                "insert into " + level.table("item_summary") + " (answered, " + level.siteColumn()
                        + "wave_id, item_code) values (?, " + level.siteValue() + "?, ?)",
                (s, e) -> {
                    s.setLong(1, e.getValue());
                    int next = level.bindSite(s, 2, e.getKey().site());
                    s.setLong(next, e.getKey().wave().value());
                    s.setString(next + 1, e.getKey().item());
                });
        upsert(connection, SummaryDelta.inOrder(delta.values, SummaryDelta.ValueKey.ORDER),
                e -> withRows.contains(new SummaryDelta.SiteWave(e.getKey().site(), e.getKey().wave())),
                "update " + level.table("value_summary") + " set respondents = respondents + ? where "
                        + level.siteIs() + "wave_id = ? and item_code = ? and value_code = ?",
                "insert into " + level.table("value_summary") + " (respondents, " + level.siteColumn()
                        + "wave_id, item_code, value_code) values (?, " + level.siteValue() + "?, ?, ?)",
                (s, e) -> {
                    s.setLong(1, e.getValue());
                    int next = level.bindSite(s, 2, e.getKey().site());
                    s.setLong(next, e.getKey().wave().value());
                    s.setString(next + 1, e.getKey().item());
                    s.setString(next + 2, e.getKey().value());
                });
        upsert(connection, SummaryDelta.inOrder(delta.scores, SummaryDelta.DomainKey.ORDER),
                e -> withRows.contains(new SummaryDelta.SiteWave(e.getKey().site(), e.getKey().wave())),
                "update " + level.table("domain_score_summary") + " set scored = scored + ?,"
                        + " score_sum_60 = score_sum_60 + ?, score_sq_sum_3600 = score_sq_sum_3600 + ? where "
                        + level.siteIs() + "wave_id = ? and domain_code = ?",
                "insert into " + level.table("domain_score_summary") + " (scored, score_sum_60, score_sq_sum_3600, "
                        + level.siteColumn() + "wave_id, domain_code) values (?, ?, ?, " + level.siteValue() + "?, ?)",
                (s, e) -> {
                    s.setLong(1, e.getValue().scored);
                    s.setLong(2, e.getValue().sum60);
                    s.setLong(3, e.getValue().squareSum3600);
                    int next = level.bindSite(s, 4, e.getKey().site());
                    s.setLong(next, e.getKey().wave().value());
                    s.setString(next + 1, e.getKey().domain().code());
                });
    }

    /**
     * Deletes the summary rows of one site and wave whose count came down to zero, and the
     * program's rows of that wave that did, so that after a delete or an edit the summaries hold
     * exactly the rows a recount would.
     */
    static void pruneEmpty(Connection connection, SiteId site, WaveId wave) throws SQLException {
        for (String table : COUNT_COLUMN.keySet()) {
            String count = COUNT_COLUMN.get(table);
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + table + " where " + count + " = 0 and site_id = ? and wave_id = ?");
                 PreparedStatement program = connection.prepareStatement(
                         "delete from " + Level.PROGRAM.table(table) + " where " + count + " = 0 and wave_id = ?")) {
                delete.setLong(1, site.value());
                delete.setLong(2, wave.value());
                delete.executeUpdate();
                program.setLong(1, wave.value());
                program.executeUpdate();
            }
        }
    }

    /**
     * Works the program's totals out again from its sites' summary rows (after sites are removed
     * whole); the same sums as schema version 7 started them with.
     */
    static void recountProgramTotals(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : COUNT_COLUMN.keySet()) {
                statement.executeUpdate("delete from " + Level.PROGRAM.table(table));
            }
            statement.executeUpdate("insert into program_wave_summary (wave_id, responses)"
                    + " select wave_id, sum(responses) from site_wave_summary group by wave_id");
            statement.executeUpdate("insert into program_item_summary (wave_id, item_code, answered)"
                    + " select wave_id, item_code, sum(answered) from item_summary group by wave_id, item_code");
            statement.executeUpdate("insert into program_value_summary (wave_id, item_code, value_code, respondents)"
                    + " select wave_id, item_code, value_code, sum(respondents) from value_summary"
                    + " group by wave_id, item_code, value_code");
            statement.executeUpdate("insert into program_domain_score_summary"
                    + " (wave_id, domain_code, scored, score_sum_60, score_sq_sum_3600)"
                    + " select wave_id, domain_code, sum(scored), sum(score_sum_60), sum(score_sq_sum_3600)"
                    + " from domain_score_summary group by wave_id, domain_code");
        }
    }

    /**
     * Adds each entry to its row: entries of a site and wave without summary rows yet go straight
     * to INSERT (an import's new waves: most of its rows), the others UPDATE first and INSERT what
     * did not exist.
     */
    private static <E> void upsert(Connection connection, List<E> entries, Predicate<E> mayExist, String updateSql,
                                   String insertSql, Binder<E> binder) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        List<E> missing = new ArrayList<>();
        List<E> existing = new ArrayList<>();
        for (E entry : entries) {
            (mayExist.test(entry) ? existing : missing).add(entry);
        }
        if (!existing.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(updateSql)) {
                for (E entry : existing) {
                    binder.bind(update, entry);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        missing.add(existing.get(i));
                    }
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
            for (E entry : missing) {
                binder.bind(insert, entry);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The delta's sites and waves that already have summary rows: a site and wave without a row of
     * responses has no row of any other summary either (the summaries always equal a recount).
     */
    private static Set<SummaryDelta.SiteWave> withRows(Connection connection, SummaryDelta delta, Level level)
            throws SQLException {
        Set<SummaryDelta.SiteWave> found = new HashSet<>();
        try (PreparedStatement exists = connection.prepareStatement("select 1 from "
                + level.table("site_wave_summary") + " where " + level.siteIs() + "wave_id = ?")) {
            for (SummaryDelta.SiteWave siteWave : siteWaves(delta)) {
                exists.setLong(level.bindSite(exists, 1, siteWave.site()), siteWave.wave().value());
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        found.add(siteWave);
                    }
                }
            }
        }
        return found;
    }

    private static Set<SummaryDelta.SiteWave> siteWaves(SummaryDelta delta) {
        Set<SummaryDelta.SiteWave> all = new HashSet<>(delta.responses.keySet());
        delta.answered.keySet().forEach(k -> all.add(new SummaryDelta.SiteWave(k.site(), k.wave())));
        delta.values.keySet().forEach(k -> all.add(new SummaryDelta.SiteWave(k.site(), k.wave())));
        delta.scores.keySet().forEach(k -> all.add(new SummaryDelta.SiteWave(k.site(), k.wave())));
        return all;
    }

    @FunctionalInterface
    private interface Binder<E> {
        void bind(PreparedStatement statement, E entry) throws SQLException;
    }

}
