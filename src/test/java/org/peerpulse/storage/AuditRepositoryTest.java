package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.AuditFilter;

class AuditRepositoryTest {
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AuditRepository trail = new AuditRepository(database);

    @AfterEach
    void close() {
        database.close();
    }

    private static AuditEntry entry(String at, String user, AuditAction action, String what, Long howMuch) {
        return new AuditEntry(0, OffsetDateTime.parse(at), user, action, what, howMuch);
    }

    private void fill() {
        trail.append(entry("2024-05-01T09:00:00Z", "ana", AuditAction.IMPORT, "kobo.csv: 120 responses added", 120L));
        trail.append(entry("2024-05-02T09:00:00Z", "ben", AuditAction.EXPORT, "Trends → /tmp/t_1.csv", 40L));
        trail.append(entry("2024-05-03T23:30:00Z", "ana", AuditAction.SMALL_NUMBERS, "Small numbers shown on screen",
                null));
        trail.append(entry("2024-05-04T08:00:00Z", "ana", AuditAction.EXPORT, "Responses → /tmp/100%.csv", 7L));
    }

    private List<String> whats(AuditFilter filter) {
        return trail.find(filter, ZONE, 0, 100).stream().map(AuditEntry::what).toList();
    }

    @Test
    void entriesComeBackNewestFirstWithEveryField() {
        fill();
        List<AuditEntry> all = trail.find(AuditFilter.ALL, ZONE, 0, 100);
        assertThat(all).extracting(AuditEntry::what).containsExactly("Responses → /tmp/100%.csv",
                "Small numbers shown on screen", "Trends → /tmp/t_1.csv", "kobo.csv: 120 responses added");
        AuditEntry oldest = all.get(3);
        assertThat(oldest.at().toInstant()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:00:00Z").toInstant());
        assertThat(oldest.osUser()).isEqualTo("ana");
        assertThat(oldest.action()).isEqualTo(AuditAction.IMPORT);
        assertThat(oldest.howMuch()).isEqualTo(120L);
        assertThat(all.get(1).howMuch()).isNull();
        assertThat(trail.users()).containsExactly("ana", "ben");
    }

    @Test
    void filtersByActionUserDaysAndTextAndPages() {
        fill();
        assertThat(whats(new AuditFilter(AuditAction.EXPORT, null, null, null, null)))
                .containsExactly("Responses → /tmp/100%.csv", "Trends → /tmp/t_1.csv");
        assertThat(whats(new AuditFilter(null, "ben", null, null, null))).containsExactly("Trends → /tmp/t_1.csv");
        assertThat(whats(new AuditFilter(null, null, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 3), null)))
                .containsExactly("Small numbers shown on screen", "Trends → /tmp/t_1.csv");
        assertThat(whats(new AuditFilter(null, null, null, null, "KOBO"))).containsExactly("kobo.csv: 120 responses added");
        assertThat(whats(new AuditFilter(null, null, null, null, "100%"))).containsExactly("Responses → /tmp/100%.csv");
        assertThat(whats(new AuditFilter(null, null, null, null, "t_1"))).containsExactly("Trends → /tmp/t_1.csv");
        assertThat(trail.count(new AuditFilter(null, "ana", null, null, null), ZONE)).isEqualTo(3);
        assertThat(trail.find(AuditFilter.ALL, ZONE, 1, 2)).extracting(AuditEntry::what)
                .containsExactly("Small numbers shown on screen", "Trends → /tmp/t_1.csv");
    }

    @Test
    void aDayIsReadInTheZoneEntriesAreShownIn() {
        fill();
        LocalDate fourth = LocalDate.of(2024, 5, 4);
        assertThat(whats(new AuditFilter(null, null, fourth, fourth, null))).containsExactly("Responses → /tmp/100%.csv");
        assertThat(trail.find(new AuditFilter(null, null, fourth, fourth, null), ZoneId.of("Europe/Berlin"), 0, 10))
                .extracting(AuditEntry::what)
                .containsExactly("Responses → /tmp/100%.csv", "Small numbers shown on screen");
    }

    @Test
    void sqlCannotUpdateAnEntry() throws SQLException {
        fill();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update audit_entry set what = 'nothing happened'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining(AppendOnlyTrigger.REFUSAL);
            assertThatThrownBy(() -> statement.executeUpdate("update audit_entry set os_user = 'someone' where id = 1"))
                    .hasMessageContaining(AppendOnlyTrigger.REFUSAL);
        }
        assertThat(trail.users()).containsExactly("ana", "ben");
        assertThat(whats(AuditFilter.ALL)).contains("kobo.csv: 120 responses added");
    }

    @Test
    void sqlCannotDeleteAnEntry() throws SQLException {
        fill();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_entry where action = 'export'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining(AppendOnlyTrigger.REFUSAL);
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_entry"))
                    .hasMessageContaining(AppendOnlyTrigger.REFUSAL);
        }
        assertThat(trail.count(AuditFilter.ALL, ZONE)).isEqualTo(4);
    }

    @Test
    void sqlCannotTruncateTheTrail() throws SQLException {
        fill();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("truncate table audit_entry"))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(trail.count(AuditFilter.ALL, ZONE)).isEqualTo(4);
    }

    @Test
    void theTrailStaysAppendOnlyAfterTheDatabaseIsOpenedAgain(@TempDir Path folder) throws SQLException {
        try (Database first = Database.open(folder.resolve("program"))) {
            new AuditRepository(first).append(entry("2024-05-01T09:00:00Z", "ana", AuditAction.IMPORT, "a.csv", 3L));
        }
        try (Database again = Database.open(folder.resolve("program"));
             Connection connection = again.connection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_entry"))
                    .hasMessageContaining(AppendOnlyTrigger.REFUSAL);
            assertThat(new AuditRepository(again).count(AuditFilter.ALL, ZONE)).isEqualTo(1);
        }
    }
}
