package org.peerpulse.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.peerpulse.domain.Psp1;
import org.peerpulse.storage.Database;

/**
 * The ceiling an import is measured against: the same responses and answers, already in memory,
 * written by a bare JDBC batch insert (explicit ids, one prepared statement per table, one
 * transaction) into a fresh H2 file with PeerPulse's own schema (made by its migrations). No
 * parsing, checking, matching or summary counts: only the insert is timed. It runs in a JVM of its
 * own ({@link #main}), as cold as PeerPulse's import, which is the first work of the benchmark's JVM.
 */
final class InsertCeiling {
    static final String PREFIX = "CEILING_MS ";
    private final List<String> sites = new ArrayList<>();
    private final List<String> waves = new ArrayList<>();
    private int[] responseSite;
    private int[] responseWave;
    private String[] respondent;
    private String[] submitted;
    private int[] firstAnswer;
    private byte[] answerItem;
    private String[] answerValue;
    private final List<String> items = Psp1.canonicalColumns().subList(Psp1.METADATA.size(), Psp1.canonicalColumns().size());

    /** Reads the canonical CSV into compact arrays (not timed). */
    InsertCeiling(Path csv, int responses, long answers) throws IOException {
        responseSite = new int[responses];
        responseWave = new int[responses];
        respondent = new String[responses];
        submitted = new String[responses];
        firstAnswer = new int[responses + 1];
        answerItem = new byte[Math.toIntExact(answers)];
        answerValue = new String[Math.toIntExact(answers)];
        Map<String, Integer> siteIndex = new HashMap<>();
        Map<String, Integer> waveIndex = new HashMap<>();
        Map<String, String> pool = new HashMap<>();
        int response = 0;
        int answer = 0;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                responseSite[response] = siteIndex.computeIfAbsent(record.get(Psp1.SITE), s -> add(sites, s));
                responseWave[response] = waveIndex.computeIfAbsent(record.get(Psp1.WAVE), w -> add(waves, w));
                respondent[response] = blankToNull(record.get(Psp1.RESPONDENT));
                submitted[response] = blankToNull(record.get(Psp1.SUBMITTED));
                firstAnswer[response] = answer;
                for (int i = 0; i < items.size(); i++) {
                    String value = record.get(Psp1.METADATA.size() + i);
                    if (!value.isEmpty()) {
                        answerItem[answer] = (byte) i;
                        answerValue[answer] = pool.computeIfAbsent(value, v -> v);
                        answer++;
                    }
                }
                response++;
            }
        }
        firstAnswer[response] = answer;
        if (response != responses || answer != answers) {
            throw new IllegalStateException("The ceiling read " + response + " responses and " + answer
                    + " answers, not " + responses + " and " + answers);
        }
    }

    /** A child JVM of the benchmark: {@code <csv> <responses> <answers> <fresh database file>}; prints {@code CEILING_MS <ms>}. */
    public static void main(String[] args) throws IOException, SQLException {
        InsertCeiling ceiling = new InsertCeiling(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
        System.out.println(PREFIX + ceiling.insertInto(Path.of(args[3])));
    }

    private static int add(List<String> list, String value) {
        list.add(value);
        return list.size() - 1;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** Inserts everything into a fresh database at {@code file}; returns the milliseconds the insert took. */
    long insertInto(Path file) throws SQLException {
        Database.open(file).close();
        String url = "jdbc:h2:file:" + Database.withoutSuffix(file.toAbsolutePath()) + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection connection = DriverManager.getConnection(url, "peerpulse", "")) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long[] siteIds = insertNames(connection, "insert into site (name, setting) values (?, 'other')", sites);
            long[] waveIds = insertNames(connection, "insert into wave (label) values (?)", waves);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement response = connection.prepareStatement("insert into response"
                    + " (id, site_id, wave_id, respondent, submitted, source_id, imported_at) values (?, ?, ?, ?, ?, null, ?)");
                 PreparedStatement answer = connection.prepareStatement(
                         "insert into answer (response_id, item_code, answer_value) values (?, ?, ?)")) {
                int pending = 0;
                for (int r = 0; r < responseSite.length; r++) {
                    response.setLong(1, r + 1L);
                    response.setLong(2, siteIds[responseSite[r]]);
                    response.setLong(3, waveIds[responseWave[r]]);
                    response.setString(4, respondent[r]);
                    response.setString(5, submitted[r]);
                    response.setTimestamp(6, now);
                    response.addBatch();
                    for (int a = firstAnswer[r]; a < firstAnswer[r + 1]; a++) {
                        answer.setLong(1, r + 1L);
                        answer.setString(2, items.get(answerItem[a]));
                        answer.setString(3, answerValue[a]);
                        answer.addBatch();
                        pending++;
                    }
                    if (pending >= 5_000) {
                        response.executeBatch();
                        answer.executeBatch();
                        pending = 0;
                    }
                }
                response.executeBatch();
                answer.executeBatch();
            }
            connection.commit();
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            try (Connection connection = DriverManager.getConnection(url, "peerpulse", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private static long[] insertNames(Connection connection, String sql, List<String> names) throws SQLException {
        long[] ids = new long[names.size()];
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < names.size(); i++) {
                insert.setString(1, names.get(i));
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
        }
        return ids;
    }
}
