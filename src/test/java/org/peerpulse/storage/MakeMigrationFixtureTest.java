package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The tool that makes a migration fixture (decision migration-fixtures); skipped unless asked for. After adding a
 * migration, make the fixture of the new latest version and commit it:
 * <pre>mvn -q -B test -Dtest=MakeMigrationFixtureTest -Dpeerpulse.fixture=latest</pre>
 * ({@code -Dpeerpulse.fixture=2} remakes an older one on a schema Flyway builds up to that version).
 */
@Tag("fixtures")
@EnabledIfSystemProperty(named = "peerpulse.fixture", matches = ".+")
class MakeMigrationFixtureTest {
    @Test
    void makesTheFixtureOfTheNamedSchemaVersion() throws Exception {
        Path folder = MigrationFixtures.make(MigrationFixtures.FOLDER, System.getProperty("peerpulse.fixture"));
        System.out.println("Made " + folder + " (" + Files.size(folder.resolve(MigrationFixtures.DATABASE + ".mv.db"))
                / 1024 + " KB); commit it.");
        assertThat(folder.resolve(MigrationFixtures.EXPECTED)).exists();
    }
}
