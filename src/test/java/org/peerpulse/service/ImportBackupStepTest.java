package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
 * it was taking for it is given up, nothing of it left in the backups folder. A file refused, fixed
 * and imported again is not backed up a second time: nothing was committed in between.
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

    @Test
    void theProgramIsBackedUpAgainOnlyOnceSomethingWasCommitted() throws IOException {
        Path base = folder.resolve("program");
        Path bad = folder.resolve("bad.csv");
        // refused once its rows are stored, and so backed up: the program has no site Atlantis
        Files.writeString(bad, "site,wave,respondent,fin_overall\nVIC,2024-03,A1,5\nAtlantis,2024-03,A2,4\n");
        Path fixed = folder.resolve("fixed.csv");
        Files.writeString(fixed, "site,wave,respondent,fin_overall\nVIC,2024-03,A1,5\nVIC,2024-03,A2,4\n");
        Path next = folder.resolve("next.csv");
        Files.writeString(next, "site,wave,respondent,fin_overall\nVIC,2024-09,B1,3\n");
        List<String> after = new ArrayList<>();
        try (AppContext context = new AppContext(Database.open(base), Clock.systemUTC())) {
            context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
            for (Path file : List.of(bad, bad, fixed, next)) {
                ImportReport report = context.imports().importFile(file, ImportOptions.DEFAULT, Progress.NONE);
                after.add(file.getFileName() + (report.stored() ? " stored" : " refused") + ", backups: "
                        + backups(base));
            }
            assertThat(context.program().wavesWithCounts()).extracting(w -> w.responses()).containsExactly(2L, 1L);
        }
        assertThat(after).containsExactly("bad.csv refused, backups: 1", "bad.csv refused, backups: 1",
                "fixed.csv stored, backups: 1", "next.csv stored, backups: 2");
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
