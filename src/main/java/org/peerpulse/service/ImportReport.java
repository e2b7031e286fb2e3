package org.peerpulse.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.ParsedFile;

/**
 * What importing one file did. When {@code problems} is not empty, or the import was
 * cancelled, nothing was stored.
 *
 * @param unanswered rows that answered no PSP-1 item, skipped: a site and a wave filled down a sheet, or a REDCap
 *                   form never filled in, are no one's response (they would count as respondents in a group)
 * @param format    the layout the file was read as (null when it could not be told)
 * @param encoding  how its text was decoded, e.g. "Windows-1252" (null for workbooks)
 * @param separator "comma", "semicolon" or "tab" (null for workbooks)
 * @param sameAnswers of the rows added, those without a respondent code or source id whose answers (free text
 *                    aside) are those of a response stored before at the same site and wave: added, since two
 *                    workers can answer alike, but said, so that a file imported before in another form shows
 */
public record ImportReport(String file, int added, int duplicates, int unanswered, List<Skipped> skipped,
                           List<String> createdWaves, List<String> createdSites, List<ImportProblem> problems,
                           boolean cancelled, ImportFormat format, String encoding, String separator,
                           int sameAnswers) {
    /** At most this many skipped rows are named; {@code duplicates} and {@code unanswered} count them all. */
    public static final int SKIPPED_LISTED = 100;

    /** Why a row that answered nothing was skipped. */
    public static final String NO_ANSWERS = "no answers";

    /** A row skipped as a duplicate (and what it repeats), or for having no answers. */
    public record Skipped(int row, String why) {
    }

    /** Rows skipped for the same reason (every row of a file imported before): said once, not once a row. */
    public record SkippedRows(List<Integer> rows, String why) {
        public SkippedRows {
            rows = rows.stream().sorted().toList();
        }

        /** "2", or "2–4, 7": the rows, a run of rows one after another as a range. */
        public String rowsText() {
            List<String> runs = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                int first = rows.get(i);
                while (i + 1 < rows.size() && rows.get(i + 1) == rows.get(i) + 1) {
                    i++;
                }
                runs.add(first == rows.get(i) ? String.valueOf(first) : first + "–" + rows.get(i));
            }
            return String.join(", ", runs);
        }
    }

    public ImportReport(String file, int added, int duplicates, int unanswered, List<Skipped> skipped,
                        List<String> createdWaves, List<String> createdSites, List<ImportProblem> problems,
                        boolean cancelled, ImportFormat format, String encoding, String separator) {
        this(file, added, duplicates, unanswered, skipped, createdWaves, createdSites, problems, cancelled, format,
                encoding, separator, 0);
    }

    /** The same report, saying how many rows added have the answers of a response stored before. */
    ImportReport withSameAnswers(int rows) {
        return new ImportReport(file, added, duplicates, unanswered, skipped, createdWaves, createdSites, problems,
                cancelled, format, encoding, separator, rows);
    }

    public ImportReport {
        skipped = List.copyOf(skipped);
        createdWaves = List.copyOf(createdWaves);
        createdSites = List.copyOf(createdSites);
        problems = List.copyOf(problems);
    }

    public static ImportReport refused(String file, List<ImportProblem> problems) {
        return new ImportReport(file, 0, 0, 0, List.of(), List.of(), List.of(), problems, false, null, null, null);
    }

    public static ImportReport cancelled(String file) {
        return new ImportReport(file, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), true, null, null, null);
    }

    /** The same report, saying how the file was read. */
    ImportReport readAs(ParsedFile parsed) {
        return new ImportReport(file, added, duplicates, unanswered, skipped, createdWaves, createdSites, problems,
                cancelled, parsed.format(), parsed.encoding(), parsed.separator(), sameAnswers);
    }

    /**
     * The rows named as skipped, those skipped for the same reason together, the first {@code reasons}
     * reasons in the file's order: the whole file skipped as one imported before is one reason, and
     * one line.
     */
    public List<SkippedRows> skippedTogether(int reasons) {
        Map<String, List<Integer>> byWhy = new LinkedHashMap<>();
        skipped.forEach(s -> byWhy.computeIfAbsent(s.why(), why -> new ArrayList<>()).add(s.row()));
        return byWhy.entrySet().stream().limit(reasons).map(e -> new SkippedRows(e.getValue(), e.getKey())).toList();
    }

    /** How many of the rows skipped (as duplicates or for having no answers) {@code named} does not name. */
    public int skippedNotNamed(List<SkippedRows> named) {
        return duplicates + unanswered - named.stream().mapToInt(rows -> rows.rows().size()).sum();
    }

    public boolean stored() {
        return problems.isEmpty() && !cancelled;
    }
}
