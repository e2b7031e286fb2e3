package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * Applies a {@link SummaryDelta} inside the caller's transaction: an UPDATE that adds to each
 * existing row, then an INSERT for the rows that did not exist yet (portable: no MERGE/UPSERT).
 */
final class SummaryWriter {
    private SummaryWriter() {
    }

    static void apply(Connection connection, SummaryDelta delta) throws SQLException {
        upsert(connection, new ArrayList<>(delta.responses.entrySet()),
                "update site_wave_summary set responses = responses + ? where site_id = ? and wave_id = ?",
                "insert into site_wave_summary (responses, site_id, wave_id) values (?, ?, ?)",
                (s, e) -> {
                    s.setLong(1, e.getValue());
                    s.setLong(2, e.getKey().site().value());
                    s.setLong(3, e.getKey().wave().value());
                });
        upsert(connection, new ArrayList<>(delta.answered.entrySet()),
                "update item_summary set answered = answered + ? where site_id = ? and wave_id = ? and item_code = ?",
                "insert into item_summary (answered, site_id, wave_id, item_code) values (?, ?, ?, ?)",
                (s, e) -> {
                    s.setLong(1, e.getValue());
                    s.setLong(2, e.getKey().site().value());
                    s.setLong(3, e.getKey().wave().value());
                    s.setString(4, e.getKey().item());
                });
        upsert(connection, new ArrayList<>(delta.values.entrySet()),
                "update value_summary set respondents = respondents + ?"
                        + " where site_id = ? and wave_id = ? and item_code = ? and value_code = ?",
                "insert into value_summary (respondents, site_id, wave_id, item_code, value_code) values (?, ?, ?, ?, ?)",
                (s, e) -> {
                    s.setLong(1, e.getValue());
                    s.setLong(2, e.getKey().site().value());
                    s.setLong(3, e.getKey().wave().value());
                    s.setString(4, e.getKey().item());
                    s.setString(5, e.getKey().value());
                });
        upsert(connection, new ArrayList<>(delta.scores.entrySet()),
                "update domain_score_summary set scored = scored + ?, score_sum_60 = score_sum_60 + ?,"
                        + " score_sq_sum_3600 = score_sq_sum_3600 + ? where site_id = ? and wave_id = ? and domain_code = ?",
                "insert into domain_score_summary (scored, score_sum_60, score_sq_sum_3600, site_id, wave_id, domain_code)"
                        + " values (?, ?, ?, ?, ?, ?)",
                (s, e) -> {
                    s.setLong(1, e.getValue().scored);
                    s.setLong(2, e.getValue().sum60);
                    s.setLong(3, e.getValue().squareSum3600);
                    s.setLong(4, e.getKey().site().value());
                    s.setLong(5, e.getKey().wave().value());
                    s.setString(6, e.getKey().domain().code());
                });
    }

    /**
     * Deletes the summary rows of one site and wave whose count came down to zero, so that
     * after a delete or an edit the summaries hold exactly the rows a recount would.
     */
    static void pruneEmpty(Connection connection, SiteId site, WaveId wave) throws SQLException {
        for (String table : List.of("site_wave_summary where responses", "item_summary where answered",
                "value_summary where respondents", "domain_score_summary where scored")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + table + " = 0 and site_id = ? and wave_id = ?")) {
                delete.setLong(1, site.value());
                delete.setLong(2, wave.value());
                delete.executeUpdate();
            }
        }
    }

    private static <E> void upsert(Connection connection, List<E> entries, String updateSql, String insertSql,
                                   Binder<E> binder) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        List<E> missing = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(updateSql)) {
            for (E entry : entries) {
                binder.bind(update, entry);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    missing.add(entries.get(i));
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

    @FunctionalInterface
    private interface Binder<E> {
        void bind(PreparedStatement statement, E entry) throws SQLException;
    }

}
