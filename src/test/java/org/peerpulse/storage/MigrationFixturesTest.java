package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpulse.io.ColumnMappingCodec;
import org.peerpulse.io.SampleFiles;

/**
 * Issue 7: a database of every earlier schema version, with data, migrates and keeps every answer.
 * Each fixture in src/test/resources/db-fixtures/V&lt;n&gt;/ is copied, opened (Flyway migrates it to the
 * latest version) and must give the rows its expected.txt recorded when it was made; its summaries
 * must still equal a recount of its answers.
 */
class MigrationFixturesTest {
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(MigrationFixtures.FOLDER)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void everySchemaVersionHasAFixture() throws IOException {
        List<String> versions;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            versions = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(0, n.indexOf("__"))).sorted().toList();
        }
        assertThat(fixtures().toList()).as("a migration without its fixture: after adding a migration run"
                + " mvn -q -B test -Dtest=MakeMigrationFixtureTest -Dpeerpulse.fixture=latest and commit"
                + " src/test/resources/db-fixtures (decision migration-fixtures)").containsAll(versions);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aDatabaseOfThisVersionMigratesAndKeepsEverything(String version, @TempDir Path folder) throws IOException {
        Path fixture = MigrationFixtures.FOLDER.resolve(version);
        Files.copy(fixture.resolve(MigrationFixtures.DATABASE + ".mv.db"), folder.resolve("old.mv.db"));
        Map<String, Section> expected = read(fixture.resolve(MigrationFixtures.EXPECTED));
        assertThat(expected.get("answers").rows()).as("answers in the fixture")
                .hasSizeGreaterThan(version.equals("V1") ? -1 : 100);

        try (Database database = Database.open(folder.resolve("old"))) {
            for (Section section : expected.values()) {
                List<String> now = database.read(c -> MigrationFixtures.rows(c, section.sql()), section.sql());
                assertThat(now).as(version + ", " + section.name()).containsExactlyElementsOf(section.rows());
            }
            DatabaseProbe.assertSummariesEqualARecount(database);
            if (Integer.parseInt(version.substring(1)) >= 3) { // by number: V10 comes after V3
                assertThat(new MappingRepository(database, Clock.systemUTC()).body("Forms")
                        .map(ColumnMappingCodec::decode)).contains(SampleFiles.formsMapping());
            }
            assertThat(DatabaseProbe.lines(database, "select count(*) from \"flyway_schema_history\" where not \"success\""))
                    .containsExactly("0");
        }
    }

    private record Section(String name, String sql, List<String> rows) {
    }

    private static Map<String, Section> read(Path file) throws IOException {
        Map<String, Section> sections = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ")) {
                String name = lines.get(i).substring(3);
                String sql = lines.get(++i);
                List<String> rows = new ArrayList<>();
                while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("## ")) {
                    rows.add(lines.get(++i));
                }
                sections.put(name, new Section(name, sql, rows));
            }
        }
        return sections;
    }
}
