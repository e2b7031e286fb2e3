package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;

/**
 * Property: random valid responses written as a Kobo export (with and without group paths, both
 * select-many shapes) or as a REDCap export read back identical. One seed per case.
 */
class SurveyRoundTripPropertyTest {
    static LongStream seeds() {
        return LongStream.range(20200304, 20200304 + 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void koboExportsReadBackIdentical(long seed, @TempDir Path folder) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean groups = random.nextBoolean();
        List<ParsedRow> rows = responses(random, "kobo");

        Path file = SurveyInput.write(folder, "kobo.csv", ExportWriters.kobo(rows, groups, random.nextBoolean()));
        ParsedFile parsed = SurveyInput.read(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(rows);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void redcapExportsReadBackIdentical(long seed, @TempDir Path folder) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ParsedRow> rows = responses(random, "redcap");

        Path file = SurveyInput.write(folder, "redcap.csv", ExportWriters.redcap(rows));
        ParsedFile parsed = SurveyInput.read(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(rows);
    }

    /** 1–12 responses numbered from row 2; source ids in the tool's form. */
    private static List<ParsedRow> responses(SplittableRandom random, String tool) {
        int count = 1 + random.nextInt(12);
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String site = List.of("Victoria Outreach", "prince_george", "Kamloops; north", "Site \"A\", east")
                    .get(random.nextInt(4));
            String sourceId = tool.equals("kobo") ? "kobo:" + new java.util.UUID(random.nextLong(), random.nextLong())
                    : "redcap:" + (i + 1) + ":wave_2020_0" + (1 + random.nextInt(9)) + "_arm_1";
            String wave = tool.equals("kobo") ? "2020 Spring" : sourceId.split(":")[2].replace("_arm_1", "");
            String submitted = random.nextBoolean() ? null : "2020-03-0" + (1 + random.nextInt(9)) + "T12:30:0"
                    + random.nextInt(10);
            rows.add(new ParsedRow(i + 2, site, wave, random.nextBoolean() ? null : "R" + random.nextInt(1000),
                    submitted, sourceId, answers(random)));
        }
        return rows;
    }

    private static Map<String, String> answers(SplittableRandom random) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : Psp1.items()) {
            if (random.nextInt(10) >= 6) {
                continue;
            }
            List<String> codes = item.values().codes();
            if (item.kind() == ItemKind.TEXT) {
                answers.put(item.code(), "tired; \"again\", \nsee you é");
            } else if (item.kind() == ItemKind.MULTIPLE) {
                List<String> chosen = new ArrayList<>();
                for (int i = 1 + random.nextInt(Psp1.TOP3_MAX_CHOICES); i > 0; i--) {
                    chosen.add(codes.get(random.nextInt(codes.size())));
                }
                answers.put(item.code(), codes.stream().filter(chosen::contains).collect(Collectors.joining(" ")));
            } else {
                answers.put(item.code(), codes.get(random.nextInt(codes.size())));
            }
        }
        return answers;
    }
}
