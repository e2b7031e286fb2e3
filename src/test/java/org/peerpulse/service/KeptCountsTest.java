package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Figure;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;

/**
 * The views compute from summary counts kept in memory between filter changes (issue 8): every
 * committed write (an entry, a deletion, a setting, a demo removal) shows in the next figures,
 * and a write that is rolled back does not.
 */
class KeptCountsTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyCommittedWriteShowsInTheNextFigures() {
        context.demo().load(2019);
        Site site = context.program().sites().get(0);
        Wave wave = context.program().waves().get(context.program().waves().size() - 1);
        Figure before = financial(site, wave);

        long id = context.entry().save(new Response(site.id(), wave.id(), null, null, null,
                Map.of("fin_overall", "5")));
        Figure added = financial(site, wave);
        assertThat(added.n()).isEqualTo(before.n() + 1);
        assertThat(added.count()).isEqualTo(before.count() + 1);

        context.entry().delete(id);
        assertThat(financial(site, wave).n()).isEqualTo(before.n());

        ProgramSettings settings = context.program().settings();
        context.program().saveSettings(new ProgramSettings(5, settings.minGroupSize(), settings.alertPercent()));
        assertThat(financial(site, wave).count()).isLessThan(before.count());

        context.demo().remove();
        assertThat(context.overview().latest(true).isEmpty()).isTrue();
    }

    @Test
    void aRefusedImportLeavesTheFiguresAsTheyWere() throws Exception {
        context.demo().load(2019);
        Site site = context.program().sites().get(0);
        Wave wave = context.program().waves().get(0);
        Figure before = financial(site, wave);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("refused", ".csv");
        try {
            java.nio.file.Files.writeString(file, "site,wave,fin_overall\r\n" + site.name() + "," + wave.label()
                    + ",5\r\nNo Such Site," + wave.label() + ",5\r\n");
            ImportReport report = context.imports().importFile(file, ImportOptions.DEFAULT, org.peerpulse.io.Progress.NONE);
            assertThat(report.stored()).isFalse();
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(financial(site, wave)).isEqualTo(before);
    }

    private Figure financial(Site site, Wave wave) {
        TrendTable table = context.trends().trends(new TrendQuery(List.of(site.id()), List.of(StressDomain.FINANCIAL),
                Measure.HIGH, true, true));
        return table.points().stream().filter(p -> p.wave().equals(wave.id())).findFirst().orElseThrow().figure();
    }
}
