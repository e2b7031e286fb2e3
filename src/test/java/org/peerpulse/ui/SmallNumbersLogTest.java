package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.AuditFilter;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;

/** analysis.md rule 5: turning "show small numbers" on or off on screen is written to the audit log. */
class SmallNumbersLogTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemUTC(), () -> "coordinator");
    private final AppState state = new AppState();

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void eachSwitchOnScreenWritesOneEntry() {
        SmallNumbersLog.watch(context, TaskRunner.direct(), state);
        state.showSmallNumbersProperty().set(true);
        assertThat(context.auditLog().page(AuditFilter.ALL, 0, 10).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SMALL_NUMBERS);
            assertThat(entry.what()).isEqualTo("Small numbers shown on screen");
            assertThat(entry.osUser()).isEqualTo("coordinator");
        });
        state.showSmallNumbersProperty().set(false);
        assertThat(context.auditLog().page(AuditFilter.ALL, 0, 10).entries()).extracting(AuditEntry::what)
                .containsExactly("Small numbers hidden on screen", "Small numbers shown on screen");
        assertThat(state.auditRevisionProperty().get()).isEqualTo(2);
    }
}
