package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.peerpulse.domain.AnswersKey;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.WaveId;

/**
 * Raw survey responses and their answers. Every write changes the summary counts in the
 * same transaction, so the two can never disagree.
 */
public final class ResponseRepository {
    private final Database database;
    private final Clock clock;

    public ResponseRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores the responses and adds them to the summaries, inside {@code tx}. */
    public void insertAll(Transaction tx, List<Response> responses) {
        try {
            insertAll(tx.connection(), responses);
        } catch (SQLException e) {
            throw new StorageException("store the responses", e);
        }
    }

    /**
     * Stores many batches of responses inside {@code tx} (an import), gathering their summary counts
     * and writing them every {@link BulkInsert#SITE_WAVES} sites and waves and when finished: each
     * summary row is then written about once instead of once per batch (import 15% faster, decision
     * benchmark). The caller must {@link BulkInsert#finish()} before committing.
     */
    public BulkInsert bulk(Transaction tx) {
        return new BulkInsert(tx);
    }

    /** Batches of responses stored in one transaction, their summary counts written together. */
    public final class BulkInsert {
        /** Summary counts are written once they cover this many sites and waves (a few MB of counts). */
        static final int SITE_WAVES = 256;
        private final Transaction tx;
        private SummaryDelta pending = new SummaryDelta();

        private BulkInsert(Transaction tx) {
            this.tx = tx;
        }

        public void add(List<Response> responses) {
            try {
                insertOnly(tx.connection(), responses);
                pending.add(responses);
                if (pending.siteWaves() >= SITE_WAVES) {
                    finish();
                }
            } catch (SQLException e) {
                throw new StorageException("store the responses", e);
            }
        }

        /** Writes the summary counts gathered so far. */
        public void finish() {
            if (pending.isEmpty()) {
                return;
            }
            try {
                SummaryWriter.apply(tx.connection(), pending);
                pending = new SummaryDelta();
            } catch (SQLException e) {
                throw new StorageException("count the responses", e);
            }
        }
    }

    /** Stores one response and adds it to the summaries, inside {@code tx}; returns its id. */
    public long insert(Transaction tx, Response response) {
        try {
            return insertAll(tx.connection(), List.of(response)).get(0);
        } catch (SQLException e) {
            throw new StorageException("store the response", e);
        }
    }

    /** Responses are written in batches of this many, each batch's answers right after it. */
    private static final int BATCH = 500;

    private List<Long> insertAll(Connection connection, List<Response> responses) throws SQLException {
        List<Long> ids = insertOnly(connection, responses);
        SummaryWriter.apply(connection, SummaryDelta.adding(responses));
        return ids;
    }

    /** Stores the responses and their answers without counting them; returns their ids. */
    private List<Long> insertOnly(Connection connection, List<Response> responses) throws SQLException {
        List<Long> ids = new ArrayList<>(responses.size());
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        try (PreparedStatement insertResponse = connection.prepareStatement(
                "insert into response (site_id, wave_id, respondent, submitted, source_id, imported_at)"
                        + " values (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement insertAnswer = connection.prepareStatement(
                     "insert into answer (response_id, item_code, answer_value) values (?, ?, ?)")) {
            for (int from = 0; from < responses.size(); from += BATCH) {
                List<Response> batch = responses.subList(from, Math.min(responses.size(), from + BATCH));
                for (Response response : batch) {
                    insertResponse.setLong(1, response.site().value());
                    insertResponse.setLong(2, response.wave().value());
                    insertResponse.setString(3, response.respondent());
                    insertResponse.setString(4, response.submitted());
                    insertResponse.setString(5, response.sourceId());
                    insertResponse.setTimestamp(6, now);
                    insertResponse.addBatch();
                }
                insertResponse.executeBatch();
                List<Long> batchIds = Jdbc.generatedKeys(insertResponse, batch.size());
                ids.addAll(batchIds);
                for (int i = 0; i < batch.size(); i++) {
                    for (var answer : batch.get(i).answers().entrySet()) {
                        insertAnswer.setLong(1, batchIds.get(i));
                        insertAnswer.setString(2, answer.getKey());
                        insertAnswer.setString(3, answer.getValue());
                        insertAnswer.addBatch();
                    }
                }
                insertAnswer.executeBatch();
            }
        }
        return ids;
    }

    /**
     * Replaces the stored response {@code id} (its site, wave, metadata and every answer) and moves
     * the summaries from the old answers to the new ones, inside {@code tx}. Returns what was stored before.
     */
    public Optional<Response> update(Transaction tx, long id, Response response) {
        try {
            Optional<StoredResponse> before = StoredResponses.byId(tx.connection(), id);
            if (before.isPresent()) {
                StoredResponses.rewrite(tx.connection(), id, response);
                changeSummaries(tx.connection(), before.get().response(), response);
            }
            return before.map(StoredResponse::response);
        } catch (SQLException e) {
            throw new StorageException("change the response " + id, e);
        }
    }

    /** Deletes the stored response {@code id} and takes it out of the summaries, inside {@code tx}. */
    public Optional<Response> delete(Transaction tx, long id) {
        try {
            Optional<StoredResponse> before = StoredResponses.byId(tx.connection(), id);
            if (before.isPresent()) {
                StoredResponses.delete(tx.connection(), id);
                changeSummaries(tx.connection(), before.get().response(), null);
            }
            return before.map(StoredResponse::response);
        } catch (SQLException e) {
            throw new StorageException("delete the response " + id, e);
        }
    }

    private static void changeSummaries(Connection connection, Response removed, Response added) throws SQLException {
        SummaryWriter.apply(connection, SummaryDelta.removing(List.of(removed)));
        if (added != null) {
            SummaryWriter.apply(connection, SummaryDelta.adding(List.of(added)));
        }
        SummaryWriter.pruneEmpty(connection, removed.site(), removed.wave());
    }

    /** The stored response {@code id}, read inside {@code tx}. */
    public Optional<StoredResponse> stored(Transaction tx, long id) {
        try {
            return StoredResponses.byId(tx.connection(), id);
        } catch (SQLException e) {
            throw new StorageException("read the response " + id, e);
        }
    }

    /** The stored responses of one site and wave with their ids, in the order they were stored. */
    public List<StoredResponse> stored(SiteId site, WaveId wave) {
        return database.read(c -> StoredResponses.of(c, site, wave), "read the responses");
    }

    /** The respondent codes already stored for a wave, matched ignoring case. */
    public Set<String> respondentCodes(Transaction tx, WaveId wave) {
        try (PreparedStatement statement = tx.connection().prepareStatement(
                "select lower(respondent) from response where wave_id = ? and respondent is not null")) {
            statement.setLong(1, wave.value());
            return strings(statement);
        } catch (SQLException e) {
            throw new StorageException("read the respondent codes", e);
        }
    }

    /** The highest id of a stored response (0 when there is none): what an import finds stored before it. */
    public long lastId(Transaction tx) {
        try (PreparedStatement statement = tx.connection().prepareStatement("select coalesce(max(id), 0) from response");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StorageException("read the responses", e);
        }
    }

    /**
     * How many responses of one site and wave, stored up to the id {@code upTo}, have each set of answers
     * ({@link AnswersKey}), inside {@code tx}: read one response at a time, only its key kept, so that
     * even a provincial site's wave is a map of a few thousand numbers.
     */
    public Map<Long, Integer> answerKeys(Transaction tx, SiteId site, WaveId wave, long upTo) {
        Map<Long, Integer> keys = new HashMap<>();
        try (PreparedStatement statement = tx.connection().prepareStatement(
                "select r.id, a.item_code, a.answer_value from response r left join answer a on a.response_id = r.id"
                        + " where r.site_id = ? and r.wave_id = ? and r.id <= ? order by r.id")) {
            statement.setLong(1, site.value());
            statement.setLong(2, wave.value());
            statement.setLong(3, upTo);
            try (ResultSet rows = statement.executeQuery()) {
                long current = -1;
                Map<String, String> answers = new HashMap<>();
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (id != current && current != -1) {
                        keys.merge(AnswersKey.of(answers), 1, Integer::sum);
                        answers.clear();
                    }
                    current = id;
                    if (rows.getString(2) != null) {
                        answers.put(rows.getString(2), rows.getString(3));
                    }
                }
                if (current != -1) {
                    keys.merge(AnswersKey.of(answers), 1, Integer::sum);
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new StorageException("read the responses' answers", e);
        }
    }

    /** Those of {@code sourceIds} already stored. */
    public Set<String> knownSourceIds(Transaction tx, Set<String> sourceIds) {
        Set<String> known = new HashSet<>();
        List<String> ids = new ArrayList<>(sourceIds);
        try {
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement statement = tx.connection().prepareStatement(
                        "select source_id from response where source_id in (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setString(i + 1, chunk.get(i));
                    }
                    known.addAll(strings(statement));
                }
            }
            return known;
        } catch (SQLException e) {
            throw new StorageException("read the source ids", e);
        }
    }

    /** Every stored response of the given sites and waves (empty set = all), with its answers. */
    public List<Response> find(Set<SiteId> sites, Set<WaveId> waves) {
        List<Response> found = new ArrayList<>();
        forEach(sites, waves, Set.of(), found::add);
        return java.util.Collections.unmodifiableList(found);
    }

    /**
     * Every stored response of the given sites and waves (empty set = all), with only its answers
     * to {@code items} (empty set = every answer), passed to {@code each} one at a time in the
     * order they were stored: an analysis of a provincial program (9 million answers) reads only
     * the items it uses and holds one response at a time (issue 8). With items, each item's answers
     * are read over the ids of up to 5,000 responses at a time: fast for the whole program or a wave
     * (ids together), but a filter to a few responses spread over the program reads those items'
     * answers of every response between them (no caller filters by site with items).
     */
    public void forEach(Set<SiteId> sites, Set<WaveId> waves, Set<String> items, Consumer<Response> each) {
        database.readAtOnce(c -> { // with items, a statement for each chunk and item
            forEach(c, sites, waves, items, each);
            return null;
        }, "read the responses");
    }

    private static void forEach(Connection connection, Set<SiteId> sites, Set<WaveId> waves, Set<String> items,
                                Consumer<Response> each) throws SQLException {
        String where = " where 1 = 1" + inClause("r.site_id", sites.size()) + inClause("r.wave_id", waves.size());
        // a few items are read item by item from their index, a chunk of responses at a time; every item, with the
        // responses' rows; never an IN list of items joined per response, which H2 plans as a scan of the list's
        // index range for each response (schema version 11)
        try (PreparedStatement statement = connection.prepareStatement(items.isEmpty()
                ? StoredResponses.SELECT + where + " order by r.id" : StoredResponses.chunkAfter(where))) {
            int index = 1;
            for (SiteId site : sites) {
                statement.setLong(index++, site.value());
            }
            for (WaveId wave : waves) {
                statement.setLong(index++, wave.value());
            }
            Consumer<StoredResponse> read = stored -> each.accept(stored.response());
            if (items.isEmpty()) {
                StoredResponses.each(statement, read);
            } else {
                StoredResponses.eachWithItems(connection, statement, index, items, read);
            }
        }
    }

    private static String inClause(String column, int size) {
        return size == 0 ? "" : " and " + column + " in (" + String.join(", ", java.util.Collections.nCopies(size, "?")) + ")";
    }

    /**
     * The ids of the responses at {@code site} whose source id starts with {@code sourcePrefix}
     * ({@code mine}) or does not ({@code !mine}), inside {@code tx}.
     */
    public List<Long> idsBySource(Transaction tx, SiteId site, String sourcePrefix, boolean mine) {
        String test = mine ? "source_id like ?" : "(source_id is null or source_id not like ?)";
        try (PreparedStatement select = tx.connection().prepareStatement(
                "select id from response where site_id = ? and " + test + " order by id")) {
            select.setLong(1, site.value());
            select.setString(2, sourcePrefix.replace("%", "\\%").replace("_", "\\_") + "%");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StorageException("read the responses of site " + site.value(), e);
        }
    }

    /**
     * Removes every response of these sites, their answers and their summaries, and works the
     * program's totals out again from the sites left; returns how many responses.
     */
    public long deleteSites(Transaction tx, Set<SiteId> sites) {
        Connection connection = tx.connection();
        long removed = 0;
        try {
            for (SiteId site : sites) {
                for (String table : List.of("site_wave_summary", "item_summary", "value_summary",
                        "domain_score_summary", "response")) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "delete from " + table + " where site_id = ?")) {
                        delete.setLong(1, site.value());
                        int deleted = delete.executeUpdate();
                        removed += table.equals("response") ? deleted : 0;
                    }
                }
            }
            SummaryWriter.recountProgramTotals(connection);
            return removed;
        } catch (SQLException e) {
            throw new StorageException("remove the responses", e);
        }
    }

    /** How many responses are stored, per site and per wave. */
    public Map<SiteId, Long> countsBySite() {
        return database.read(c -> counts(c, "site_id", SiteId::new), "count the responses");
    }

    public Map<WaveId, Long> countsByWave() {
        return database.read(c -> counts(c, "wave_id", WaveId::new), "count the responses");
    }

    /** One site's responses by wave. */
    public Map<WaveId, Long> countsByWave(SiteId site) {
        return database.read(c -> {
            Map<WaveId, Long> counts = new HashMap<>();
            try (PreparedStatement statement = c.prepareStatement(
                    "select wave_id, sum(responses) from site_wave_summary where site_id = ? group by wave_id")) {
                statement.setLong(1, site.value());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.put(new WaveId(rows.getLong(1)), rows.getLong(2));
                    }
                }
            }
            return counts;
        }, "count the site's responses");
    }

    private static <K> Map<K, Long> counts(Connection connection, String column,
                                           java.util.function.LongFunction<K> id) throws SQLException {
        Map<K, Long> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + column + ", sum(responses) from site_wave_summary group by " + column);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(id.apply(rows.getLong(1)), rows.getLong(2));
            }
        }
        return counts;
    }

    private static Set<String> strings(PreparedStatement statement) throws SQLException {
        Set<String> values = new HashSet<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
