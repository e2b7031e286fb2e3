package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.ParsedRow;
import org.peerpulse.io.Progress;
import org.peerpulse.io.SampleFiles;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportFormat;
import org.peerpulse.storage.Database;

/**
 * The responses export's order tells nothing of the order of submission: a survey tool's file
 * sorted by submission time, imported, must not come back in that order with the times taken out.
 */
class ResponsesExportOrderTest {
    @TempDir
    Path folder;

    /** Two waves of one site, 20 responses each, submitted one minute apart in row order. */
    private static List<ParsedRow> bySubmission() {
        SplittableRandom random = new SplittableRandom(8);
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String wave = i < 20 ? "2020-01" : "2020-02";
            rows.add(new ParsedRow(i + 2, "Victoria Outreach", wave, "R" + i,
                    String.format("2020-01-15T09:%02d:00", i), null, SampleFiles.answers(random)));
        }
        return rows;
    }

    private String export(List<ParsedRow> rows, String name, boolean withTimes) throws IOException {
        Path file = folder.resolve(name + ".csv");
        Files.writeString(file, SampleFiles.canonicalCsv(rows));
        try (AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC())) {
            assertThat(context.imports().importFile(file, new ImportOptions(ImportFormat.AUTO, null, true, null),
                    Progress.NONE).added()).isEqualTo(rows.size());
            Path out = folder.resolve(name + "-out.csv");
            ExportService.SavedResponses saved = context.exports().saveResponses(new ResponseExport(List.of(), false,
                    false, withTimes), new ExportService.Target(out, ExportFormat.CSV, CsvSeparator.COMMA), Progress.NONE);
            assertThat(saved.written()).isEqualTo(rows.size());
            return Files.readString(out);
        }
    }

    @Test
    void theSameResponsesImportedInAnyOrderAreExportedInOneOrder() throws IOException {
        List<ParsedRow> reversed = new ArrayList<>(bySubmission());
        Collections.reverse(reversed);
        List<ParsedRow> shuffled = new ArrayList<>(bySubmission());
        Collections.shuffle(shuffled, new java.util.Random(3));

        String export = export(bySubmission(), "by-submission", false);

        assertThat(export(reversed, "reversed", false)).isEqualTo(export);
        assertThat(export(shuffled, "shuffled", false)).isEqualTo(export);
    }

    @Test
    void theTimesAskedForAreNotInSubmissionOrder() throws IOException {
        List<String> times = export(bySubmission(), "with-times", true).lines().skip(1)
                .map(line -> line.split(",")[2]).toList();
        List<String> wave1 = times.subList(0, 20);
        assertThat(wave1).as("one wave's rows, in their exported order").isNotEqualTo(wave1.stream().sorted().toList())
                .isNotEqualTo(wave1.stream().sorted(Collections.reverseOrder()).toList());
    }
}
