package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Psp1;

class CanonicalCsvReaderStreamingTest {
    private static final List<String> COLUMNS = Psp1.canonicalColumns();

    /** Records every update; cancels once it has seen {@code cancelAfter} of them. */
    private static final class Recorder implements Progress {
        final List<long[]> updates = new ArrayList<>();
        final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long done, long total) {
            updates.add(new long[] {done, total});
        }

        @Override
        public boolean isCancelled() {
            return updates.size() >= cancelAfter;
        }
    }

    /** A canonical file with every column and {@code rows} responses (answers vary with the row). */
    private static Path generate(Path folder, int rows) throws IOException {
        Path file = folder.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", COLUMNS));
            out.write("\r\n");
            for (int r = 0; r < rows; r++) {
                out.write("Site " + (r % 7) + ",2019-09,R" + r + ",2019-09-15");
                for (int c = 4; c < COLUMNS.size(); c++) {
                    String code = COLUMNS.get(c);
                    out.write(',');
                    if (code.equals(Psp1.TOP3)) {
                        out.write("financial caring");
                    } else if (code.equals(Psp1.COMMENT)) {
                        out.write(r % 10 == 0 ? "\"tired, \"\"again\"\"\nsee you\"" : "");
                    } else if (code.equals("employment")) {
                        out.write("part_time");
                    } else if (Psp1.item(code).orElseThrow().values().isNumeric()) {
                        out.write(String.valueOf(1 + (r + c) % 5));
                    } else {
                        out.write(Psp1.item(code).orElseThrow().values().codes().get(0));
                    }
                }
                out.write("\r\n");
            }
        }
        return file;
    }

    @Test
    void readsAHundredThousandRowsAndReportsBytesReadOfTheFileSize(@TempDir Path folder) throws IOException {
        Path file = generate(folder, 100_000);
        Recorder progress = new Recorder(Integer.MAX_VALUE);

        ParsedFile parsed = new CanonicalCsvReader().read(file, null, progress);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(100_000);
        ParsedRow last = parsed.rows().get(99_999);
        assertThat(last.row()).isEqualTo(100_001);
        assertThat(last.respondent()).isEqualTo("R99999");
        assertThat(last.answers()).hasSize(COLUMNS.size() - 5).containsEntry("top3", "financial caring");
        assertThat(parsed.rows().get(0).answers()).containsEntry("comment", "tired, \"again\"\nsee you");

        long size = Files.size(file);
        assertThat(progress.updates).hasSize(101);
        assertThat(progress.updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(size));
        assertThat(progress.updates).extracting(u -> u[0]).isSorted();
        assertThat(progress.updates.get(100)[0]).isEqualTo(size);
    }

    @Test
    void stopsWithASingleCancelledProblemWhenTheUserCancels(@TempDir Path folder) throws IOException {
        Path file = generate(folder, 5_000);
        Recorder progress = new Recorder(2);

        ParsedFile parsed = new CanonicalCsvReader().read(file, null, progress);

        assertThat(parsed.isCancelled()).isTrue();
        assertThat(parsed.rows()).isEmpty();
        assertThat(CsvInput.sentences(parsed)).containsExactly("big.csv: cancelled.");
        assertThat(progress.updates).hasSize(2);
    }

    @Test
    void readsNothingWhenCancelledBeforeItStarts(@TempDir Path folder) throws IOException {
        Path file = generate(folder, 10);

        ParsedFile parsed = new CanonicalCsvReader().read(file, null, new Recorder(0));

        assertThat(parsed.isCancelled()).isTrue();
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        byte[] bytes = "site,wave\nVictoria,2019-09\n".getBytes(StandardCharsets.UTF_8);
        boolean[] closed = {false};
        var in = new java.io.ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        ParsedFile parsed = new CanonicalCsvReader().read(in, "answers.csv", null, Progress.NONE);

        assertThat(parsed.rows()).containsExactly(new ParsedRow(2, "Victoria", "2019-09", null, null, null, Map.of()));
        assertThat(closed[0]).isFalse();
    }
}
