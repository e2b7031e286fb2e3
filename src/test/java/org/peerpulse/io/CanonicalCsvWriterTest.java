package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Psp1;

class CanonicalCsvWriterTest {
    private static final String HEADER = String.join(",", Psp1.canonicalColumns()) + "\r\n";
    private static final int ITEMS = Psp1.items().size();

    private static String write(List<ParsedRow> rows) throws IOException {
        StringWriter out = new StringWriter();
        new CanonicalCsvWriter().write(out, rows);
        return out.toString();
    }

    @Test
    void writesOnlyTheCanonicalHeaderForTheTemplate() throws IOException {
        assertThat(write(List.of())).isEqualTo(HEADER);
    }

    @Test
    void writesOneRowPerResponseWithBlankCellsForUnansweredItems() throws IOException {
        ParsedRow row = new ParsedRow(2, "Victoria", "2019-09", "MA03", null, "uuid-1",
                Map.of("fin_overall", "4", "pq30", "2"));

        String expected = HEADER + "Victoria,2019-09,MA03,,4" + ",".repeat(ITEMS - 1) + "2\r\n";
        assertThat(write(List.of(row))).isEqualTo(expected);
    }

    @Test
    void quotesValuesWithCommasQuotesAndLineBreaks() throws IOException {
        ParsedRow row = new ParsedRow(2, "Prince George, Drop-in", "2019-09", null, null, null,
                Map.of("comment", "She said \"no\",\nthen left"));

        String written = write(List.of(row));

        assertThat(written).startsWith(HEADER + "\"Prince George, Drop-in\",2019-09,,,");
        assertThat(written).contains(",\"She said \"\"no\"\",\nthen left\",");
    }

    @Test
    void writesAFileInUtf8WithByteOrderMarkThatReadsBack(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("template.csv");
        ParsedRow row = new ParsedRow(2, "Kamloops Café", "2020 Spring", null, null, null,
                Map.of("top3", "financial caring", "comment", "ça va"));

        new CanonicalCsvWriter().write(file, List.of(row));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        ParsedFile parsed = new CanonicalCsvReader().read(file, null, Progress.NONE);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(row);
    }
}
