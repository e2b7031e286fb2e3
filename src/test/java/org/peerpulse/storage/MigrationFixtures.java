package org.peerpulse.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.InterventionId;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SupportId;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.io.ColumnMappingCodec;
import org.peerpulse.io.SampleFiles;

/**
 * The migration fixtures (decision migration-fixtures): one H2 database per schema version in
 * src/test/resources/db-fixtures/V&lt;n&gt;/, with sites, waves, responses, answers, summaries and a
 * saved mapping, and next to it {@code expected.txt}: queries and the rows they gave when the
 * fixture was made. {@code MigrationFixturesTest} migrates a copy of each and runs the queries again.
 * <p>
 * The fixture of the latest version is made by the app's own repositories, so it is exactly what
 * that version stores; older ones (made once, when this was introduced) by plain SQL on a schema
 * Flyway built up to that version. {@code MakeMigrationFixtureTest} runs {@link #make}.
 */
final class MigrationFixtures {
    static final Path FOLDER = Path.of("src", "test", "resources", "db-fixtures");
    static final String DATABASE = "peerpulse";
    static final String EXPECTED = "expected.txt";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"), ZoneOffset.UTC);
    private static final int RESPONSES = 150;
    private static final List<String> SITES = List.of("Victoria Outreach", "Prince George Drop-in", "Surrey OPS");
    private static final List<String> WAVES = List.of("2020-03", "2020-09", "2021-03");

    /** What the expectations check, as portable SQL that must keep working on every later schema. */
    static final Map<String, String> QUERIES = queries();

    private MigrationFixtures() {
    }

    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("sites", "select name, code, region, setting, archived, demo from site order by name");
        queries.put("waves", "select label, field_date, demo from wave order by label");
        queries.put("responses", "select s.name, w.label, r.respondent, r.submitted, r.source_id from response r"
                + " join site s on s.id = r.site_id join wave w on w.id = r.wave_id order by r.respondent");
        queries.put("answers", "select r.respondent, a.item_code, a.answer_value from answer a"
                + " join response r on r.id = a.response_id order by r.respondent, a.item_code");
        queries.put("site_wave_summary", "select s.name, w.label, x.responses from site_wave_summary x"
                + " join site s on s.id = x.site_id join wave w on w.id = x.wave_id order by s.name, w.label");
        queries.put("item_summary", "select count(*), coalesce(sum(answered), 0) from item_summary");
        queries.put("value_summary", "select count(*), coalesce(sum(respondents), 0) from value_summary");
        queries.put("domain_score_summary", "select count(*), coalesce(sum(scored), 0), coalesce(sum(score_sum_60), 0),"
                + " coalesce(sum(score_sq_sum_3600), 0) from domain_score_summary");
        queries.put("settings", "select setting_key, setting_value from program_setting order by setting_key");
        return queries;
    }

    /** Checks of tables that later schemas added, keyed by the table: a fixture has them when its schema has it. */
    static final Map<String, Map<String, String>> LATER_QUERIES = Map.of("intervention", Map.of(
            "interventions", "select i.title, p.name, i.owner, i.start_date, i.end_date, i.status, i.notes, i.demo,"
                    + " (select listagg(s.name, ',') within group (order by s.name) from intervention_site x"
                    + " join site s on s.id = x.site_id where x.intervention_id = i.id),"
                    + " (select listagg(d.domain_code, ',') within group (order by d.domain_code)"
                    + " from intervention_domain d where d.intervention_id = i.id)"
                    + " from intervention i left join support p on p.id = i.support_id order by i.title",
            "supports", "select count(*), sum(case when retired then 1 else 0 end) from support"),
            "audit_entry", Map.of("audit", "select at, os_user, action, what, how_much from audit_entry order by id"));

    /**
     * Makes the fixture of {@code version} ("latest" or a Flyway version such as "2") in
     * {@code root}/V&lt;version&gt;/, replacing one that is there; returns its folder.
     */
    static Path make(Path root, String version) throws IOException, SQLException {
        Path scratch = Files.createTempDirectory("fixture");
        Path file = scratch.resolve(DATABASE);
        String made;
        if ("latest".equals(version)) {
            made = makeLatest(file);
        } else {
            made = makeOlder(file, version);
        }
        Path folder = root.resolve("V" + made);
        Files.createDirectories(folder);
        Files.copy(scratch.resolve(DATABASE + ".mv.db"), folder.resolve(DATABASE + ".mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // read back without Flyway: opening it with Database would migrate it
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(DATABASE)
                .toAbsolutePath(), "peerpulse", "")) {
            Files.writeString(folder.resolve(EXPECTED), expectations(connection, made), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** The current app's own repositories write the data: the fixture is what this version stores. */
    private static String makeLatest(Path file) {
        try (Database database = Database.open(file)) {
            SiteRepository sites = new SiteRepository(database);
            WaveRepository waves = new WaveRepository(database);
            ResponseRepository responses = new ResponseRepository(database, CLOCK);
            try (Transaction tx = database.begin()) {
                List<SiteId> siteIds = new ArrayList<>();
                for (String name : SITES) {
                    Site site = sites.add(tx, name, name.substring(0, 3).toUpperCase(java.util.Locale.ROOT), "Island",
                            Setting.OUTREACH, false);
                    siteIds.add(site.id());
                }
                List<WaveId> waveIds = new ArrayList<>();
                for (String label : WAVES) {
                    Wave wave = waves.add(tx, label, LocalDate.parse(label + "-01"), false);
                    waveIds.add(wave.id());
                }
                responses.insertAll(tx, data(siteIds, waveIds, true));
                tx.commit();
            }
            new MappingRepository(database, CLOCK).save("Forms", ColumnMappingCodec.encode(SampleFiles.formsMapping()));
            addIntervention(database, sites);
            addAuditEntries(database);
            String version = database.read(c -> DatabaseProbe.lines(c, "select \"version\" from \"flyway_schema_history\""
                    + " where \"success\" and \"version\" is not null order by \"installed_rank\" desc limit 1").get(0),
                    "read the schema version");
            database.read(c -> c.createStatement().execute("SHUTDOWN COMPACT"), "compact the fixture");
            return version;
        }
    }

    /** Since version 4: a plan at two sites aimed at two domains, with a support of the library. */
    private static void addIntervention(Database database, SiteRepository sites) {
        long support = Long.parseLong(DatabaseProbe.lines(database, "select min(id) from support").get(0));
        List<SiteId> two = sites.all().stream().map(Site::id).limit(2).toList();
        new InterventionRepository(database).add(new Intervention(new InterventionId(0), "Debriefing circles",
                new SupportId(support), two, List.of(StressDomain.TRAUMA, StressDomain.WORK), "Program manager",
                LocalDate.parse("2020-04-01"), LocalDate.parse("2021-01-31"), InterventionStatus.DONE,
                "Fortnightly, with a counsellor – notes in UTF-8: é", false));
    }

    /** Since version 5: the trail is append-only, so the fixture keeps entries that a migration must not lose. */
    private static void addAuditEntries(Database database) {
        if (!DatabaseProbe.lines(database, "select table_name from information_schema.tables"
                + " where lower(table_name) = 'audit_entry'").isEmpty()) {
            database.inTransaction(c -> {
                insert(c, "insert into audit_entry (at, os_user, action, what, how_much) values (?, ?, ?, ?, ?)",
                        java.time.OffsetDateTime.ofInstant(CLOCK.instant(), ZoneOffset.UTC), "fixture", "import",
                        "fixture.csv: 150 responses added", 150L);
                insert(c, "insert into audit_entry (at, os_user, action, what, how_much) values (?, ?, ?, ?, ?)",
                        java.time.OffsetDateTime.ofInstant(CLOCK.instant(), ZoneOffset.UTC), "fixture", "small_numbers",
                        "Small numbers shown on screen", null);
                return null;
            }, "write the fixture's audit entries");
        }
    }

    /** Plain SQL on the schema of {@code version}; version 1 has no instrument yet, so no answers. */
    private static String makeOlder(Path file, String version) throws SQLException {
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, "peerpulse", "").locations("classpath:db/migration")
                .target(version).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "peerpulse", "")) {
            connection.setAutoCommit(false);
            boolean instrument = !DatabaseProbe.lines(connection, "select code from item").isEmpty();
            List<SiteId> siteIds = new ArrayList<>();
            for (String name : SITES) {
                siteIds.add(new SiteId(insert(connection, "insert into site (name, code, region, setting) values (?, ?, ?, ?)",
                        name, name.substring(0, 3).toUpperCase(java.util.Locale.ROOT), "Island", Setting.OUTREACH.code())));
            }
            List<WaveId> waveIds = new ArrayList<>();
            for (String label : WAVES) {
                waveIds.add(new WaveId(insert(connection, "insert into wave (label, field_date) values (?, ?)",
                        label, java.sql.Date.valueOf(LocalDate.parse(label + "-01")))));
            }
            List<Response> responses = data(siteIds, waveIds, instrument);
            for (Response response : responses) {
                long id = insert(connection, "insert into response (site_id, wave_id, respondent, submitted, source_id,"
                        + " imported_at) values (?, ?, ?, ?, ?, ?)", response.site().value(), response.wave().value(),
                        response.respondent(), response.submitted(), response.sourceId(),
                        Timestamp.from(CLOCK.instant()));
                for (var answer : response.answers().entrySet()) {
                    insert(connection, "insert into answer (response_id, item_code, answer_value) values (?, ?, ?)",
                            id, answer.getKey(), answer.getValue());
                }
            }
            SummaryWriter.apply(connection, SummaryDelta.adding(responses));
            if (!DatabaseProbe.lines(connection, "select table_name from information_schema.tables"
                    + " where lower(table_name) = 'column_mapping'").isEmpty()) {
                insert(connection, "insert into column_mapping (name, body, saved_at) values (?, ?, ?)", "Forms",
                        ColumnMappingCodec.encode(SampleFiles.formsMapping()), Timestamp.from(CLOCK.instant()));
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
        }
        return version;
    }

    /** Seeded responses: every site in every wave, answers unless the schema has no instrument yet. */
    private static List<Response> data(List<SiteId> sites, List<WaveId> waves, boolean answers) {
        SplittableRandom random = new SplittableRandom(2024);
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < RESPONSES; i++) {
            responses.add(new Response(sites.get(i % sites.size()), waves.get(i / sites.size() % waves.size()),
                    String.format("P%03d", i), i % 4 == 0 ? null : "2020-03-0" + (1 + i % 9) + "T12:30:00",
                    i % 5 == 0 ? "kobo:fixture-" + i : null, answers ? SampleFiles.answers(random) : Map.of()));
        }
        return responses;
    }

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /** "# version N", then per query "## name", its SQL, and the rows it gives as "a|b|c" lines. */
    static String expectations(Connection connection, String version) throws SQLException {
        StringBuilder out = new StringBuilder("# version ").append(version).append('\n');
        Map<String, String> queries = new LinkedHashMap<>(QUERIES);
        for (var later : new java.util.TreeMap<>(LATER_QUERIES).entrySet()) {
            if (!DatabaseProbe.lines(connection, "select table_name from information_schema.tables"
                    + " where lower(table_name) = '" + later.getKey() + "'").isEmpty()) {
                queries.putAll(new java.util.TreeMap<>(later.getValue()));
            }
        }
        for (var query : queries.entrySet()) {
            out.append("## ").append(query.getKey()).append('\n').append(query.getValue()).append('\n');
            for (String line : rows(connection, query.getValue())) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** The rows of a query as lines, line breaks inside values written as \n. */
    static List<String> rows(Connection connection, String sql) throws SQLException {
        return DatabaseProbe.lines(connection, sql).stream()
                .map(line -> line.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")).toList();
    }
}
