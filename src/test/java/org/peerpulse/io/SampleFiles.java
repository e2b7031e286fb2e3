package org.peerpulse.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;

/**
 * Valid survey files of every layout, from seeded random responses, for tests outside this package
 * (the kill test, the fuzz test, the migration fixtures): canonical CSV, Kobo and REDCap CSV,
 * canonical XLSX, and a Google Forms file with its column mapping.
 */
public final class SampleFiles {
    private static final List<String> SITES = List.of("Victoria Outreach", "prince_george", "Kamloops; north",
            "Site \"A\", east");

    private SampleFiles() {
    }

    /** {@code count} responses numbered from row 2, source ids in the form of {@code tool} (kobo, redcap or none). */
    public static List<ParsedRow> responses(SplittableRandom random, int count, String tool) {
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String site = SITES.get(random.nextInt(SITES.size()));
            String sourceId = switch (tool) {
                case "kobo" -> "kobo:" + new java.util.UUID(random.nextLong(), random.nextLong());
                case "redcap" -> "redcap:" + (i + 1) + ":wave_2020_0" + (1 + random.nextInt(9)) + "_arm_1";
                default -> null;
            };
            String wave = "redcap".equals(tool) ? sourceId.split(":")[2].replace("_arm_1", "")
                    : "2020-0" + (1 + random.nextInt(9));
            String submitted = random.nextBoolean() ? null : "2020-03-0" + (1 + random.nextInt(9)) + "T12:30:0"
                    + random.nextInt(10);
            rows.add(new ParsedRow(i + 2, site, wave, "R" + i, submitted, sourceId, answers(random)));
        }
        return rows;
    }

    /** A valid random set of answers, about 60% of the items answered. */
    public static Map<String, String> answers(SplittableRandom random) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : Psp1.items()) {
            if (random.nextInt(10) >= 6) {
                continue;
            }
            List<String> codes = item.values().codes();
            if (item.kind() == ItemKind.TEXT) {
                answers.put(item.code(), "tired; \"again\", \nsee you é " + random.nextInt(100));
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

    public static String canonicalCsv(List<ParsedRow> rows) {
        StringWriter out = new StringWriter();
        try {
            new CanonicalCsvWriter().write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String koboCsv(List<ParsedRow> rows, boolean groups, boolean semicolons) {
        return ExportWriters.kobo(rows, groups, semicolons);
    }

    public static String redcapCsv(List<ParsedRow> rows) {
        return ExportWriters.redcap(rows);
    }

    /** The canonical layout as the first sheet of a workbook; answers of 1–5 items as numeric cells. */
    public static byte[] canonicalXlsx(List<ParsedRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Excel", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            List<String> columns = Psp1.canonicalColumns();
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                ParsedRow row = rows.get(r);
                for (int c = 0; c < columns.size(); c++) {
                    String value = switch (columns.get(c)) {
                        case Psp1.SITE -> row.site();
                        case Psp1.WAVE -> row.wave();
                        case Psp1.RESPONDENT -> row.respondent();
                        case Psp1.SUBMITTED -> row.submitted();
                        default -> row.answers().get(columns.get(c));
                    };
                    if (value != null && value.matches("[1-5]")) {
                        sheet.value(r + 1, c, Integer.parseInt(value));
                    } else if (value != null) {
                        sheet.value(r + 1, c, value);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A mapping of "Google Forms"-like headings with labels for fin_overall and top3 choices. */
    public static ColumnMapping formsMapping() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Timestamp", "ignore");
        columns.put("Which site do you work at?", "site");
        columns.put("Survey round", "wave");
        columns.put("Your financial situation", "fin_overall");
        columns.put("Your quality of life", "qol");
        columns.put("Which of these are your top three stressors right now?", "top3");
        columns.put("Anything else?", "comment");
        return new ColumnMapping("Forms", columns, Map.of(
                "fin_overall", Map.of("Not at all stressful", "1", "A little stressful", "2", "Moderately stressful",
                        "3", "Very stressful", "4", "Extremely stressful", "5"),
                "top3", Map.of("Financial insecurity", "financial", "Caring for others", "caring",
                        "Housing challenges", "housing")));
    }

    /** A file the {@link #formsMapping()} reads: {@code count} rows of labels. */
    public static String formsCsv(SplittableRandom random, int count) {
        List<String> stress = List.of("Not at all stressful", "A little stressful", "Moderately stressful",
                "Very stressful", "Extremely stressful");
        List<String> top = List.of("Financial insecurity", "Caring for others", "Housing challenges");
        StringBuilder out = new StringBuilder("Timestamp,Which site do you work at?,Survey round,Your financial situation,"
                + "Your quality of life,Which of these are your top three stressors right now?,Anything else?\r\n");
        for (int i = 0; i < count; i++) {
            out.append("2020/03/04 11:25:01 AM PST,").append(SITES.get(random.nextInt(2))).append(",2020-03,")
                    .append(stress.get(random.nextInt(5))).append(',').append(1 + random.nextInt(5)).append(",\"")
                    .append(top.get(random.nextInt(3))).append(", ").append(top.get(random.nextInt(3)))
                    .append("\",\"Thanks, more training please\"\r\n");
        }
        return out.toString();
    }
}
