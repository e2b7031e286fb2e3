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
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.WaveId;

/**
 * The SQL behind editing one stored response: read it (or a site and wave's) with its id,
 * rewrite its row and answers, delete it. Summaries are the caller's job ({@link ResponseRepository}).
 */
final class StoredResponses {
    private static final String SELECT = "select r.id, r.site_id, r.wave_id, r.respondent, r.submitted, r.source_id,"
            + " a.item_code, a.answer_value from response r left join answer a on a.response_id = r.id";

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
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                Row row = rows.computeIfAbsent(result.getLong(1), id -> new Row());
                row.site = new SiteId(result.getLong(2));
                row.wave = new WaveId(result.getLong(3));
                row.respondent = result.getString(4);
                row.submitted = result.getString(5);
                row.sourceId = result.getString(6);
                if (result.getString(7) != null) {
                    row.answers.put(result.getString(7), result.getString(8));
                }
            }
        }
        List<StoredResponse> stored = new ArrayList<>(rows.size());
        rows.forEach((id, row) -> stored.add(new StoredResponse(id, new Response(row.site, row.wave, row.respondent,
                row.submitted, row.sourceId, row.answers))));
        return stored;
    }

    /** One response being read, row by row of the answer join. */
    private static final class Row {
        SiteId site;
        WaveId wave;
        String respondent;
        String submitted;
        String sourceId;
        final Map<String, String> answers = new HashMap<>();
    }
}
