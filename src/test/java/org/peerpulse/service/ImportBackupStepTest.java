package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Setting;
import org.peerpulse.io.Progress;
import org.peerpulse.storage.Backups;
import org.peerpulse.storage.Database;

/**
 * The backup an import takes before its first row is stored takes half a minute on a provincial
 * program, while the file's figures stand still: the import says it is backing up, and when it
 * has done so. Cancelled while H2 copies the program, the import stores nothing and the backup
 * it was taking for it is given up, nothing of it left in the backups folder.
 */
class ImportBackupStepTest {
    @TempDir
    Path folder;

    @Test
    void theImportSaysWhileItBacksTheProgramUp() throws IOException {
        Path base = folder.resolve("program");
        Path csv = folder.resolve("answers.csv");
        Files.writeString(csv, "site,wave,respondent,fin_overall\nVIC,2024-03,A1,5\nVIC,2024-03,A2,4\n");
        List<String> told = new CopyOnWriteArrayList<>();
        try (AppContext context = new AppContext(Database.open(base), Clock.systemUTC())) {
            context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public void step(Step step) {
                    told.add(step + ", backups: " + backups(base));
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            assertThat(context.imports().importFile(csv, ImportOptions.DEFAULT, progress).added()).isEqualTo(2);
        }
        assertThat(told).containsExactly("BACKING_UP, backups: 0", "COUNTED, backups: 1");
    }

    @Test
    void cancelledWhileTheProgramIsCopiedNothingIsStoredOrBackedUp() throws IOException {
        Path base = folder.resolve("program");
        Path csv = folder.resolve("answers.csv");
        Files.writeString(csv, "site,wave,respondent,fin_overall\nVIC,2024-03,A1,5\nVIC,2024-03,A2,4\n");
        try (AppContext context = new AppContext(Database.open(base), Clock.systemUTC())) {
            context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
            Progress progress = new Progress() {
                private boolean cancelled;

                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean isCancelled() { // the user pressed Cancel once H2 had begun its copy
                    cancelled = cancelled || h2CopyUnderWay(base);
                    return cancelled;
                }
            };
            ImportReport report = context.imports().importFile(csv, ImportOptions.DEFAULT, progress);

            assertThat(report.cancelled()).isTrue();
            assertThat(context.program().wavesWithCounts()).isEmpty();
        }
        assertThat(backups(base)).as("no backup, no copy left behind").isZero();
    }

    private static boolean h2CopyUnderWay(Path base) {
        if (!Files.isDirectory(Backups.folderOf(base))) {
            return false;
        }
        try (Stream<Path> files = Files.walk(Backups.folderOf(base))) {
            return files.anyMatch(file -> file.getFileName().toString().equals("h2.zip"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long backups(Path base) {
        if (!Files.isDirectory(Backups.folderOf(base))) {
            return 0;
        }
        try (Stream<Path> files = Files.list(Backups.folderOf(base))) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
