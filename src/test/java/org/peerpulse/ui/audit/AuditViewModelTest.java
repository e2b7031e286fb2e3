package org.peerpulse.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.Setting;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.TaskRunner;

class AuditViewModelTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"), ZoneOffset.UTC), () -> "ana");
    private final AppState state = new AppState();
    private final AuditViewModel model = new AuditViewModel(context, TaskRunner.direct(), state);

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void entriesLoadNewestFirstAPageAtATime() {
        for (int i = 0; i < AuditViewModel.PAGE * 2 + 50; i++) {
            context.audit().smallNumbersSwitched(i % 2 == 0, "test " + i);
        }
        model.reload();
        assertThat(model.entries()).hasSize(AuditViewModel.PAGE);
        assertThat(model.totalProperty().get()).isEqualTo(AuditViewModel.PAGE * 2 + 50);
        assertThat(model.entries().get(0).what()).endsWith("test " + (AuditViewModel.PAGE * 2 + 49));
        assertThat(model.hasMoreProperty().get()).isTrue();
        model.loadMore();
        model.loadMore();
        assertThat(model.entries()).hasSize(AuditViewModel.PAGE * 2 + 50);
        assertThat(model.entries()).extracting(AuditEntry::id).doesNotHaveDuplicates();
        assertThat(model.entries().get(model.entries().size() - 1).what()).endsWith("test 0");
        assertThat(model.hasMoreProperty().get()).isFalse();
    }

    @Test
    void filtersReloadAndDatesTheWrongWayRoundSayWhy() {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        context.audit().smallNumbersSwitched(true, "on screen");
        model.reload();
        assertThat(model.entries()).hasSize(2);
        assertThat(model.users()).containsExactly("ana");
        model.actionProperty().set(AuditAction.SITE);
        assertThat(model.entries()).extracting(AuditEntry::action).containsExactly(AuditAction.SITE);
        model.actionProperty().set(null);
        model.textProperty().set("shown");
        assertThat(model.entries()).extracting(AuditEntry::what).containsExactly("Small numbers shown on screen");
        model.fromProperty().set(LocalDate.of(2024, 5, 2));
        assertThat(model.entries()).isEmpty();
        model.toProperty().set(LocalDate.of(2024, 5, 1));
        assertThat(model.problemProperty().get()).isEqualTo("The date to (2024-05-01) is before the date from (2024-05-02).");
        model.fromProperty().set(LocalDate.of(2024, 5, 1));
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.entries()).hasSize(1);
    }

    @Test
    void aDataChangeElsewhereShowsItsEntry() {
        model.reload();
        assertThat(model.entries()).isEmpty();
        context.program().addWave("2024-03", null);
        state.dataChanged();
        assertThat(model.entries()).extracting(AuditEntry::what).containsExactly("Wave added: “2024-03”");
    }
}
