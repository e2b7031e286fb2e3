package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;

/**
 * Property: whatever valid responses the writer writes, the reader reads back identical.
 * 200 random response sets, each from its own seed, so a failure names the seed that shows it.
 */
class CanonicalCsvRoundTripPropertyTest {
    private static final String QUOTING = ",\"\n\r\téçñ—漢ᐃ";
    private static final String[] TIMES = {"", "T14:30", "T09:05:59", "T23:59:59.123", "T00:00:00Z",
        "T10:15:00-07:00", "T10:15:00.000+05:30"};

    static LongStream seeds() {
        return LongStream.range(20190915, 20190915 + 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void validResponsesWrittenByTheWriterReadBackIdentical(long seed) throws IOException {
        List<ParsedRow> rows = responses(new SplittableRandom(seed));
        StringWriter out = new StringWriter();
        new CanonicalCsvWriter().write(out, rows);

        ParsedFile parsed = CsvInput.read(out.toString().getBytes(StandardCharsets.UTF_8), null);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(rows);
    }

    /** 1–15 responses, numbered as the reader numbers them: the header is row 1. */
    private static List<ParsedRow> responses(SplittableRandom random) {
        int count = 1 + random.nextInt(15);
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new ParsedRow(i + 2, text(random, 30), text(random, 12), respondent(random), submitted(random),
                    null, answers(random)));
        }
        return rows;
    }

    /** Stripped, non-blank text with the characters that need quoting, accents and other scripts. */
    private static String text(SplittableRandom random, int maxLength) {
        while (true) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(maxLength);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? QUOTING.charAt(random.nextInt(QUOTING.length()))
                        : (char) (' ' + random.nextInt('~' - ' ' + 1)));
            }
            String stripped = text.toString().strip();
            if (!stripped.isEmpty()) {
                return stripped;
            }
        }
    }

    /** A made-up code: letters first, so it never looks like a phone number; blank in 30% of rows. */
    private static String respondent(SplittableRandom random) {
        if (random.nextInt(10) < 3) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            code.append(random.nextInt(27) == 0 ? 'É' : (char) ('A' + random.nextInt(26)));
        }
        for (int i = random.nextInt(21); i > 0; i--) {
            int pick = random.nextInt(12);
            code.append(pick < 10 ? (char) ('0' + pick) : pick == 10 ? '-' : '_');
        }
        return code.toString();
    }

    private static String submitted(SplittableRandom random) {
        if (random.nextInt(10) < 3) {
            return null;
        }
        long from = LocalDate.of(2015, 1, 1).toEpochDay();
        long to = LocalDate.of(2030, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(random.nextLong(from, to + 1)) + TIMES[random.nextInt(TIMES.length)];
    }

    /** Each item answered in 60% of responses, with any allowed value. */
    private static Map<String, String> answers(SplittableRandom random) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : Psp1.items()) {
            if (random.nextInt(10) < 6) {
                answers.put(item.code(), answer(random, item));
            }
        }
        return answers;
    }

    private static String answer(SplittableRandom random, Item item) {
        if (item.kind() == ItemKind.TEXT) {
            return text(random, 200);
        }
        List<String> codes = item.values().codes();
        if (item.kind() == ItemKind.MULTIPLE) {
            List<String> chosen = new ArrayList<>();
            for (int i = 1 + random.nextInt(Psp1.TOP3_MAX_CHOICES); i > 0; i--) {
                chosen.add(codes.get(random.nextInt(codes.size())));
            }
            return codes.stream().filter(chosen::contains).collect(Collectors.joining(" "));
        }
        return codes.get(random.nextInt(codes.size()));
    }
}
