package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.AuditFilter;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.Progress;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportCell;
import org.peerpulse.io.export.ExportTable;
import org.peerpulse.storage.Database;

/** Issue 7: every action kind writes exactly one audit entry, in the transaction of its change. */
class AuditTrailTest {
    private static final Instant NOW = Instant.parse("2024-05-01T09:00:00Z");
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AtomicBoolean userFails = new AtomicBoolean();
    private final AppContext context = new AppContext(database, Clock.fixed(NOW, ZoneOffset.UTC), () -> {
        if (userFails.get()) {
            throw new IllegalStateException("the user could not be told");
        }
        return "tester";
    });

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        context.close();
    }

    private List<AuditEntry> entries() {
        return context.auditLog().page(AuditFilter.ALL, 0, 1000).entries();
    }

    /** The only entry written by {@code action}. */
    private AuditEntry onlyEntryOf(Runnable action) {
        int before = entries().size();
        action.run();
        List<AuditEntry> now = entries();
        assertThat(now).as("entries written").hasSize(before + 1);
        return now.get(0);
    }

    private Path file(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Site victoria() {
        return context.program().addSite("Victoria Outreach", "VIC", "Island", Setting.OUTREACH);
    }

    @Test
    void anImportOfNRowsWritesOneEntryCountingN() throws IOException {
        victoria();
        Path csv = file("wave.csv", "site,wave,respondent,fin_overall\nVIC,2020-03,A1,5\nVIC,2020-03,A2,4\n"
                + "VIC,2020-03,A3,2\nVIC,2020-03,a3,2\n");
        AuditEntry entry = onlyEntryOf(() -> context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE));
        assertThat(entry.action()).isEqualTo(AuditAction.IMPORT);
        assertThat(entry.howMuch()).isEqualTo(3L);
        assertThat(entry.what()).isEqualTo("wave.csv: 3 responses added, 1 duplicate skipped; new waves 2020-03");
        assertThat(entry.osUser()).isEqualTo("tester");
        assertThat(entry.at().toInstant()).isEqualTo(NOW);
    }

    @Test
    void anImportEntryCountsTheRowsSkippedForHavingNoAnswers() throws IOException {
        victoria();
        Path csv = file("wave.csv", "site,wave,fin_overall\nVIC,2020-03,5\nVIC,2020-03,\nVIC,2020-03,\n");
        AuditEntry entry = onlyEntryOf(() -> context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE));
        assertThat(entry.howMuch()).isEqualTo(1L);
        assertThat(entry.what()).isEqualTo("wave.csv: 1 response added, 0 duplicates skipped, 2 rows with no answers"
                + " skipped; new waves 2020-03");
    }

    @Test
    void aRefusedImportWritesNoEntry() throws IOException {
        victoria();
        int before = entries().size();
        Path csv = file("wave.csv", "site,wave,fin_overall\nVIC,2020-03,5\nNowhere,2020-03,4\n");
        assertThat(context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE).stored()).isFalse();
        assertThat(entries()).hasSize(before);
    }

    @Test
    void anImportCancelledAfterItsRowsWereStoredIsRolledBackWithoutAnEntry() throws IOException {
        victoria();
        int before = entries().size();
        Path csv = file("wave.csv", "site,wave,fin_overall\nVIC,2020-03,5\n");
        Progress cancelledLate = new Progress() {
            private int asked;

            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return ++asked > 1; // the reader finishes; the check after storing cancels
            }
        };
        ImportReport report = context.imports().importFile(csv, ImportOptions.DEFAULT, cancelledLate);
        assertThat(report.cancelled()).isTrue();
        assertThat(entries()).hasSize(before);
        assertThat(context.program().sitesWithCounts()).singleElement().satisfies(s -> assertThat(s.responses()).isZero());
    }

    @Test
    void whenTheEntryCannotBeWrittenTheImportIsNotStoredEither() throws IOException {
        victoria();
        Path csv = file("wave.csv", "site,wave,fin_overall\nVIC,2020-03,5\n");
        userFails.set(true);
        assertThatThrownBy(() -> context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE))
                .hasMessageContaining("the user could not be told");
        userFails.set(false);
        assertThat(context.program().sitesWithCounts()).singleElement().satisfies(s -> assertThat(s.responses()).isZero());
        assertThat(context.program().waves()).isEmpty();
    }

    @Test
    void entryEditAndDeleteWriteOneEntryEach() {
        Site site = victoria();
        Wave wave = context.program().addWave("2024-03", null);
        Response first = new Response(site.id(), wave.id(), "MA03", null, null, Map.of("fin_overall", "4", "qol", "3"));
        Response second = new Response(site.id(), wave.id(), "MA03", null, null, Map.of("fin_overall", "2", "qol", "3",
                "work_overall", "5"));
        long[] id = new long[1];
        AuditEntry entered = onlyEntryOf(() -> id[0] = context.entry().save(first));
        assertThat(entered.action()).isEqualTo(AuditAction.ENTRY);
        assertThat(entered.what()).isEqualTo("Response " + id[0] + " (Victoria Outreach, wave 2024-03)");
        assertThat(entered.howMuch()).isEqualTo(1L);

        AuditEntry edited = onlyEntryOf(() -> context.entry().update(id[0], second));
        assertThat(edited.action()).isEqualTo(AuditAction.EDIT);
        assertThat(edited.what()).isEqualTo("Response " + id[0] + " (Victoria Outreach, wave 2024-03):"
                + " answers fin_overall, work_overall");
        assertThat(edited.howMuch()).isEqualTo(1L);

        AuditEntry deleted = onlyEntryOf(() -> context.entry().delete(id[0]));
        assertThat(deleted.action()).isEqualTo(AuditAction.DELETE);
        assertThat(deleted.what()).isEqualTo("Response " + id[0] + " (Victoria Outreach, wave 2024-03)");
        assertThat(deleted.howMuch()).isEqualTo(1L);
        assertThat(entries()).extracting(AuditEntry::what).noneMatch(what -> what.contains("MA03"));
    }

    @Test
    void aMergeWritesOneEntryCountingTheResponsesMovedAndARefusedMergeNone() throws IOException {
        Site kept = victoria();
        Site typo = context.program().addSite("Victoria Outrech", null, null, Setting.OUTREACH);
        context.imports().importFile(file("wave.csv", "site,wave,respondent,fin_overall\n"
                + "Victoria Outrech,2020-03,A1,5\nVictoria Outrech,2020-03,A2,4\n"),
                ImportOptions.DEFAULT, Progress.NONE);
        Wave wave = context.program().findWave("2020-03").orElseThrow();
        try (var tx = database.begin()) { // an old clash the app no longer lets in: the same code at both sites
            new org.peerpulse.storage.ResponseRepository(database, Clock.systemUTC()).insert(tx,
                    new Response(kept.id(), wave.id(), "a2", null, null, Map.of("fin_overall", "1")));
            tx.commit();
        }
        int before = entries().size();
        assertThat(context.program().mergeSites(typo.id(), kept.id()).merged()).isFalse();
        assertThat(entries()).hasSize(before);

        Site other = context.program().addSite("Surrey", "SUR", null, Setting.DROP_IN);
        AuditEntry merged = onlyEntryOf(() -> context.program().mergeSites(typo.id(), other.id()));
        assertThat(merged.action()).isEqualTo(AuditAction.MERGE);
        assertThat(merged.howMuch()).isEqualTo(2L);
        assertThat(merged.what()).isEqualTo("Site “Victoria Outrech” (outreach) merged into “Surrey” (SUR, drop_in)"
                + " and deleted");
    }

    @Test
    void aSettingsChangeRecordsOldAndNewValues() {
        AuditEntry changed = onlyEntryOf(() -> context.program().saveSettings(new ProgramSettings(3, 10, 50)));
        assertThat(changed.action()).isEqualTo(AuditAction.SETTINGS);
        assertThat(changed.what()).isEqualTo("Settings: high-stress threshold 4 → 3; minimum group size k 5 → 10");
        assertThat(changed.howMuch()).isEqualTo(2L);
        int before = entries().size();
        context.program().saveSettings(new ProgramSettings(3, 10, 50));
        assertThat(entries()).as("saving the same settings changes nothing").hasSize(before);
    }

    @Test
    void siteAndWaveChangesWriteOneEntryEach() {
        AuditEntry added = onlyEntryOf(this::victoria);
        assertThat(added.what()).isEqualTo("Site added: “Victoria Outreach” (VIC, Island, outreach)");
        Site site = context.program().findSite("VIC").orElseThrow();
        AuditEntry renamed = onlyEntryOf(() -> context.program().updateSite(site.id(), "Victoria", "VIC", "Island",
                Setting.OUTREACH));
        assertThat(renamed.what()).isEqualTo("Site changed: “Victoria Outreach” (VIC, Island, outreach)"
                + " → “Victoria” (VIC, Island, outreach)");
        AuditEntry archived = onlyEntryOf(() -> context.program().archiveSite(site.id(), true));
        assertThat(archived.what()).isEqualTo("Site archived: “Victoria” (VIC, Island, outreach)");
        assertThat(List.of(added, renamed, archived)).extracting(AuditEntry::action).containsOnly(AuditAction.SITE);

        AuditEntry wave = onlyEntryOf(() -> context.program().addWave("2024-03", java.time.LocalDate.of(2024, 3, 15)));
        assertThat(wave.action()).isEqualTo(AuditAction.WAVE);
        assertThat(wave.what()).isEqualTo("Wave added: “2024-03” (2024-03-15)");
        Wave stored = context.program().findWave("2024-03").orElseThrow();
        AuditEntry relabelled = onlyEntryOf(() -> context.program().updateWave(stored.id(), "2024 Spring", null));
        assertThat(relabelled.what()).isEqualTo("Wave changed: “2024-03” (2024-03-15) → “2024 Spring”");
    }

    @Test
    void anExportWritesOneEntryCountingTheRowsWritten() throws IOException {
        victoria();
        context.imports().importFile(file("wave.csv", "site,wave,fin_overall\n" + "VIC,2020-03,5\n".repeat(5)),
                ImportOptions.DEFAULT, Progress.NONE);
        Path out = folder.resolve("responses.xlsx");
        AuditEntry exported = onlyEntryOf(() -> context.exports().saveResponses(ResponseExport.deIdentified(List.of()),
                ExportService.Target.of(out, CsvSeparator.COMMA), Progress.NONE));
        assertThat(exported.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(exported.howMuch()).isEqualTo(5L);
        assertThat(exported.what()).isEqualTo("Responses → " + out.toAbsolutePath());

        ExportTable trends = context.exports().trends(new TrendQuery(List.of(), List.of(), Measure.HIGH, true));
        AuditEntry trendExport = onlyEntryOf(() -> context.exports().save(trends, ExportService.Target.of(
                folder.resolve("trends.csv"), CsvSeparator.COMMA)));
        assertThat(trendExport.howMuch()).isEqualTo((long) trends.rows().size()).isPositive();
    }

    @Test
    void aReportAndASwitchOfSmallNumbersWriteOneEntryEach() {
        AuditEntry report = onlyEntryOf(() -> context.audit().reportMade(folder.resolve("q3.pdf"), 12,
                "site Victoria Outreach, waves 2020-03 to 2021-03"));
        assertThat(report.action()).isEqualTo(AuditAction.REPORT);
        assertThat(report.howMuch()).isEqualTo(12L);
        assertThat(report.what()).isEqualTo(folder.resolve("q3.pdf").toAbsolutePath()
                + " (site Victoria Outreach, waves 2020-03 to 2021-03)");
        AuditEntry shown = onlyEntryOf(() -> context.audit().smallNumbersSwitched(true, "on screen"));
        assertThat(shown.action()).isEqualTo(AuditAction.SMALL_NUMBERS);
        assertThat(shown.what()).isEqualTo("Small numbers shown on screen");
        assertThat(shown.howMuch()).isNull();
    }

    @Test
    void aPdfReportWrittenByTheReportServiceIsRecordedWithItsPagesAndFilters() {
        context.demo().load(42);
        Path pdf = folder.resolve("program.pdf");
        AuditEntry made = onlyEntryOf(() -> context.reports().write(ReportRequest.program(), pdf, Progress.NONE));
        assertThat(made.action()).isEqualTo(AuditAction.REPORT);
        assertThat(made.what()).isEqualTo(pdf.toAbsolutePath() + " (all sites, first wave to latest wave)");
        assertThat(made.howMuch()).isGreaterThan(5L);
    }

    @Test
    void theDemoProgramIsRecordedAsAnImportAndItsRemovalAsADelete() {
        int[] added = new int[1];
        AuditEntry loaded = onlyEntryOf(() -> added[0] = context.demo().load(42));
        assertThat(loaded.action()).isEqualTo(AuditAction.IMPORT);
        assertThat(loaded.what()).isEqualTo("Demo program (seed 42)");
        assertThat(loaded.howMuch()).isEqualTo((long) added[0]).isPositive();
        AuditEntry removed = onlyEntryOf(() -> context.demo().remove());
        assertThat(removed.action()).isEqualTo(AuditAction.DELETE);
        assertThat(removed.howMuch()).isEqualTo((long) added[0]);
    }

    @Test
    void theTrailExportsNewestFirstWithItsColumns() {
        victoria();
        context.audit().smallNumbersSwitched(true, "on screen");
        ExportTable table = context.auditLog().table(new AuditFilter(AuditAction.SMALL_NUMBERS, null, null, null, null));
        assertThat(table.headers()).containsExactly("time", "user", "action", "what", "how_much");
        assertThat(table.rows()).containsExactly(List.of(ExportCell.text("2024-05-01T09:00:00Z"),
                ExportCell.text("tester"), ExportCell.text("small_numbers"),
                ExportCell.text("Small numbers shown on screen"), ExportCell.EMPTY));
    }
}
