package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Opening an up-to-date database skips Flyway only when every shipped migration is in its history. */
class SchemaCheckTest {
    @Test
    void theShippedVersionsAreTheMigrationScriptsInTheSources() throws Exception {
        Set<Integer> inSources = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", SchemaCheck.LOCATION))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .forEach(n -> inSources.add(Integer.valueOf(n.substring(1, n.indexOf("__")))));
        }
        assertThat(SchemaCheck.shippedVersions()).isNotEmpty().isEqualTo(inSources);
    }

    @Test
    void aMigratedDatabaseIsCurrentAndOneMissingAVersionOrWithAFailureIsNot() throws Exception {
        try (Database database = Database.inMemory(UUID.randomUUID().toString())) {
            assertThat(database.read(SchemaCheck::isCurrent, "check")).isTrue();
            database.inTransaction(c -> c.createStatement().executeUpdate(
                    "update \"flyway_schema_history\" set \"success\" = false where \"version\" = '1'"), "fail");
            assertThat(database.read(SchemaCheck::isCurrent, "check")).isFalse();
            database.inTransaction(c -> c.createStatement().executeUpdate(
                    "delete from \"flyway_schema_history\" where \"version\" = '1'"), "forget");
            assertThat(database.read(SchemaCheck::isCurrent, "check")).isFalse();
        }
        try (Database empty = Database.inMemory(UUID.randomUUID().toString())) {
            empty.inTransaction(c -> c.createStatement().executeUpdate("drop table \"flyway_schema_history\""), "drop");
            assertThat(empty.read(SchemaCheck::isCurrent, "check")).isFalse();
        }
    }

    @Test
    void reopeningAFileSkipsNothingItNeeds(@org.junit.jupiter.api.io.TempDir Path folder) {
        Path file = folder.resolve("program");
        Database.open(file).close();
        try (Database again = Database.open(file)) {
            assertThat(DatabaseProbe.count(again, "item")).isPositive();
            assertThat(again.read(SchemaCheck::isCurrent, "check")).isTrue();
        }
    }
}
