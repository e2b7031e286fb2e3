package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.WaveId;

/**
 * The SQL behind editing one stored response: read it (or a site and wave's) with its id,
 * rewrite its row and answers, delete it. Summaries are the caller's job ({@link ResponseRepository}).
 */
final class StoredResponses {
    /** A response's columns and its answers, one row per answer (a response without any: one row, nulls). */
    static final String SELECT = "select r.id, r.site_id, r.wave_id, r.respondent, r.submitted, r.source_id,"
            + " a.item_code, a.answer_value from response r left join answer a on a.response_id = r.id";

    /** How many responses {@link #eachWithItems} holds at a time, with their answers to the items asked for. */
    static final int CHUNK = 5_000;
    private static final String RESPONSE_COLUMNS = "select r.id, r.site_id, r.wave_id, r.respondent, r.submitted,"
            + " r.source_id from response r";

    private StoredResponses() {
    }

    static List<StoredResponse> of(Connection connection, SiteId site, WaveId wave) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                SELECT + " where r.site_id = ? and r.wave_id = ? order by r.id")) {
            statement.setLong(1, site.value());
            statement.setLong(2, wave.value());
            return read(statement);
        }
    }

    static Optional<StoredResponse> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " where r.id = ?")) {
            statement.setLong(1, id);
            return read(statement).stream().findFirst();
        }
    }

    static void rewrite(Connection connection, long id, Response response) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update response set site_id = ?, wave_id = ?, respondent = ?, submitted = ?, source_id = ?"
                        + " where id = ?")) {
            update.setLong(1, response.site().value());
            update.setLong(2, response.wave().value());
            update.setString(3, response.respondent());
            update.setString(4, response.submitted());
            update.setString(5, response.sourceId());
            update.setLong(6, id);
            update.executeUpdate();
        }
        deleteAnswers(connection, id);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into answer (response_id, item_code, answer_value) values (?, ?, ?)")) {
            for (var answer : response.answers().entrySet()) {
                insert.setLong(1, id);
                insert.setString(2, answer.getKey());
                insert.setString(3, answer.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void delete(Connection connection, long id) throws SQLException {
        deleteAnswers(connection, id);
        try (PreparedStatement delete = connection.prepareStatement("delete from response where id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private static void deleteAnswers(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from answer where response_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** The responses of a query whose columns are id, site, wave, respondent, submitted, source id, item, value. */
    static List<StoredResponse> read(PreparedStatement statement) throws SQLException {
        List<StoredResponse> stored = new ArrayList<>();
        each(statement, stored::add);
        return stored;
    }

    /**
     * As {@link #read}, one response at a time: the query must order its rows by response id, so
     * that a response's answers come together; only the response being read is held in memory.
     */
    static void each(PreparedStatement statement, Consumer<StoredResponse> each) throws SQLException {
        Row row = null;
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                long id = result.getLong(1);
                if (row == null || row.id != id) {
                    if (row != null) {
                        each.accept(row.stored());
                    }
                    row = new Row(id, result);
                }
                if (result.getString(7) != null) {
                    row.answers.put(result.getString(7), result.getString(8));
                }
            }
        }
        if (row != null) {
            each.accept(row.stored());
        }
    }

    /**
     * The query {@link #eachWithItems} runs for each chunk: the responses of {@code where} (which begins with
     * "where") after the id of its last parameter, in id order, at most {@link #CHUNK}.
     */
    static String chunkAfter(String where) {
        return RESPONSE_COLUMNS + where + " and r.id > ? order by r.id limit " + CHUNK;
    }

    /**
     * As {@link #each}, with only the answers to {@code items}, for a query made by {@link #chunkAfter} whose
     * parameters before the last one are set ({@code afterId}: the last one's index). A chunk of responses at a time, then each item's answers in the chunk's
     * range of ids, from the index of schema version 11: a cross-tab of a provincial program reads its two items'
     * 480,000 answers instead of visiting all 9 million (issue 8).
     */
    static void eachWithItems(Connection connection, PreparedStatement responses, int afterId, Set<String> items,
                              Consumer<StoredResponse> each) throws SQLException {
        Map<Long, Row> chunk = new LinkedHashMap<>();
        try (PreparedStatement answers = connection.prepareStatement("select response_id, answer_value from answer"
                + " where item_code = ? and response_id between ? and ?")) {
            long last = Long.MIN_VALUE;
            do {
                chunk.clear();
                responses.setLong(afterId, last);
                try (ResultSet result = responses.executeQuery()) {
                    while (result.next()) {
                        last = result.getLong(1);
                        chunk.put(last, new Row(last, result));
                    }
                }
                if (!chunk.isEmpty()) {
                    readAnswers(answers, items, chunk.keySet().iterator().next(), last, chunk);
                    chunk.values().forEach(row -> each.accept(row.stored()));
                }
            } while (chunk.size() == CHUNK);
        }
    }

    private static void readAnswers(PreparedStatement answers, Set<String> items, long first, long last,
                                    Map<Long, Row> rows) throws SQLException {
        for (String item : items) {
            answers.setString(1, item);
            answers.setLong(2, first);
            answers.setLong(3, last);
            try (ResultSet result = answers.executeQuery()) {
                while (result.next()) {
                    Row row = rows.get(result.getLong(1));
                    if (row != null) { // a response between them that the query of responses left out
                        row.answers.put(item, result.getString(2));
                    }
                }
            }
        }
    }

    /** One response being read, row by row of the answer join or from its row and its items' answers. */
    private static final class Row {
        final long id;
        final SiteId site;
        final WaveId wave;
        final String respondent;
        final String submitted;
        final String sourceId;
        final Map<String, String> answers = new HashMap<>();

        Row(long id, ResultSet result) throws SQLException {
            this.id = id;
            site = new SiteId(result.getLong(2));
            wave = new WaveId(result.getLong(3));
            respondent = result.getString(4);
            submitted = result.getString(5);
            sourceId = result.getString(6);
        }

        StoredResponse stored() {
            return new StoredResponse(id, new Response(site, wave, respondent, submitted, sourceId, answers));
        }
    }
}
