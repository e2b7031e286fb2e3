package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyFileReaderStreamingTest {
    static final int HEAP_MB = 192;

    /** A Kobo export ("XML values and headers", ; and quotes, groups) with {@code rows} responses. */
    static void writeKobo(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\"start\";\"end\";\"site\";\"wave\";\"stressors/fin/fin_overall\";\"stressors/fin/fin_pay\";"
                    + "\"stressors/work/work_overall\";\"stressors/housing/housing_overall\";\"health/srh\";\"health/qol\";"
                    + "\"stressors/top3\";\"stressors/top3/financial\";\"stressors/top3/caring\";\"context/comment\";"
                    + "\"_id\";\"_uuid\";\"_submission_time\";\"_validation_status\";\"_index\"\r\n");
            for (int r = 0; r < rows; r++) {
                int v = 1 + r % 5;
                out.write("\"2020-03-04T11:25:01.123-08:00\";\"2020-03-04T11:31:44.532-08:00\";\"Site " + (r % 7)
                        + "\";\"2020-03\";\"" + v + "\";\"" + v + "\";\"" + v + "\";\"" + v + "\";\"" + v + "\";\"" + v
                        + "\";\"financial caring\";\"1\";\"1\";\"" + (r % 10 == 0 ? "tired; again" : "") + "\";\""
                        + r + "\";\"00000000-0000-4000-8000-" + String.format("%012d", r)
                        + "\";\"2020-03-04T19:30:12\";\"\";\"" + (r + 1) + "\"\r\n");
            }
        }
    }

    /** Run in a child JVM with a capped heap: reads the file and prints the number of rows and problems. */
    public static void main(String[] args) {
        ParsedFile parsed = new SurveyFileReader().read(Path.of(args[0]), ImportFormat.AUTO, ReadOptions.NONE,
                Progress.NONE);
        System.out.println(parsed.rows().size() + " " + parsed.problems().size() + " " + parsed.format());
    }

    @Test
    void readsAHundredThousandKoboRowsWithinACappedHeap(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("big-kobo.csv");
        writeKobo(file, 100_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                SurveyFileReaderStreamingTest.class.getName(), file.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).endsWith("100000 0 KOBO");
    }

    @Test
    void aCanonicalCsvIsHandedOnInBatchesWhileItIsReadAndNotKept(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("canonical.csv");
        StringBuilder text = new StringBuilder("site,wave,fin_overall\n");
        for (int r = 0; r < 1_203; r++) {
            text.append("VIC,2021-09,").append(1 + r % 5).append('\n');
        }
        Files.writeString(file, text);
        List<Integer> batches = new ArrayList<>();

        ParsedFile read = new SurveyFileReader().read(file, ImportFormat.AUTO, ReadOptions.NONE, Progress.NONE,
                rows -> batches.add(rows.size()));

        assertThat(batches).containsExactly(500, 500, 203);
        assertThat(read.rows()).isEmpty();
        assertThat(read.isValid()).isTrue();
    }

    @Test
    void noRowsAreHandedOnOnceAProblemIsFound(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("canonical.csv");
        StringBuilder text = new StringBuilder("site,wave,fin_overall\n");
        for (int r = 0; r < 1_203; r++) {
            text.append("VIC,2021-09,").append(r == 700 ? "9" : String.valueOf(1 + r % 5)).append('\n');
        }
        Files.writeString(file, text);
        List<Integer> batches = new ArrayList<>();

        ParsedFile read = new SurveyFileReader().read(file, ImportFormat.AUTO, ReadOptions.NONE, Progress.NONE,
                rows -> batches.add(rows.size()));

        assertThat(batches).containsExactly(500);
        assertThat(read.problems()).extracting(ImportProblem::sentence)
                .containsExactly("canonical.csv, row 702, fin_overall: 9 is not on the 1–5 scale.");
    }

    @Test
    void aMappedFileIsHandedOnWholeAtTheEnd(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("kobo.csv");
        writeKobo(file, 1_203);
        List<Integer> batches = new ArrayList<>();

        ParsedFile read = new SurveyFileReader().read(file, ImportFormat.AUTO, ReadOptions.NONE, Progress.NONE,
                rows -> batches.add(rows.size()));

        assertThat(read.format()).isEqualTo(ImportFormat.KOBO);
        assertThat(batches).containsExactly(1_203);
    }

    @Test
    void reportsProgressAndStopsWhenCancelled(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("kobo.csv");
        writeKobo(file, 20_000);
        List<long[]> updates = new ArrayList<>();
        Progress cancelAfterTwo = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return updates.size() >= 2;
            }
        };

        ParsedFile parsed = new SurveyFileReader().read(file, ImportFormat.KOBO, ReadOptions.NONE, cancelAfterTwo);

        assertThat(parsed.isCancelled()).isTrue();
        assertThat(updates).hasSize(2).allSatisfy(u -> assertThat(u[1]).isEqualTo(Files.size(file)));
        assertThat(updates.get(1)[0]).isGreaterThan(updates.get(0)[0]);
    }
}
