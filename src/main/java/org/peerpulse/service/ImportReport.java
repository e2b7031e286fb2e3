package org.peerpulse.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.ParsedFile;
import org.peerpulse.io.RowRuns;

/**
 * What importing one file did. When {@code problems} is not empty, or the import was
 * cancelled, nothing was stored.
 *
 * @param unanswered rows that answered no PSP-1 item, skipped: a site and a wave filled down a sheet, or a REDCap
 *                   form never filled in, are no one's response (they would count as respondents in a group)
 * @param skipped    the first {@link #SKIPPED_LISTED} rows skipped, each with its reason
 * @param skippedFor every row skipped, counted by its reason, in the order the reasons first came
 * @param format    the layout the file was read as (null when it could not be told)
 * @param encoding  how its text was decoded, e.g. "Windows-1252" (null for workbooks)
 * @param separator "comma", "semicolon" or "tab" (null for workbooks)
 * @param sameAnswers of the rows added, those without a respondent code or source id whose answers (free text
 *                    aside) are those of a response stored before at the same site and wave: added, since two
 *                    workers can answer alike, but said, so that a file imported before in another form shows
 * @param undatedWaves of the waves created, those whose date could not be told (a label like "2026 Spring" and
 *                     no submission date): they sort after every dated wave until given one
 */
public record ImportReport(String file, int added, int duplicates, int unanswered, List<Skipped> skipped,
                           Map<String, Integer> skippedFor, List<String> createdWaves, List<String> createdSites,
                           List<ImportProblem> problems, boolean cancelled, ImportFormat format, String encoding,
                           String separator, int sameAnswers, List<String> undatedWaves) {
    /** At most this many skipped rows are named; {@code duplicates} and {@code unanswered} count them all. */
    public static final int SKIPPED_LISTED = 100;

    /** Why a row that answered nothing was skipped. */
    public static final String NO_ANSWERS = "no answers";

    /**
     * A row skipped as a duplicate, or for having no answers.
     *
     * @param why    this row's reason, e.g. "respondent ab01 answered wave 2020-03 in row 2 too"
     * @param reason the reason it shares with other rows, e.g. "the same respondent code and wave as an earlier row"
     */
    public record Skipped(int row, String why, String reason) {
        /** A row whose reason is the same for every row skipped for it. */
        public Skipped(int row, String why) {
            this(row, why, why);
        }
    }

    /**
     * Rows skipped for the same reason (every row of a file imported before): said once, not once a row.
     *
     * @param rows      those of them listed (the first {@link #SKIPPED_LISTED} rows skipped, for any reason)
     * @param count     all of them
     * @param wholeFile every row of the file, more than one, was skipped for this reason
     */
    public record SkippedRows(List<Integer> rows, String why, int count, boolean wholeFile) {
        public SkippedRows {
            rows = rows.stream().sorted().toList();
        }

        /** Rows skipped that are not listed. */
        public int notListed() {
            return count - rows.size();
        }

        /** "2", or "2–4, 7": the rows, a run of rows one after another as a range. */
        public String rowsText() {
            return RowRuns.text(rows);
        }
    }

    /** A report whose rows skipped are all listed. */
    public ImportReport(String file, int added, int duplicates, int unanswered, List<Skipped> skipped,
                        List<String> createdWaves, List<String> createdSites, List<ImportProblem> problems,
                        boolean cancelled, ImportFormat format, String encoding, String separator) {
        this(file, added, duplicates, unanswered, skipped, counted(skipped), createdWaves, createdSites, problems,
                cancelled, format, encoding, separator, 0, List.of());
    }

    private static Map<String, Integer> counted(List<Skipped> skipped) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        return counts;
    }

    public ImportReport {
        skipped = List.copyOf(skipped);
        skippedFor = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skippedFor));
        createdWaves = List.copyOf(createdWaves);
        undatedWaves = List.copyOf(undatedWaves);
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
        return new ImportReport(file, added, duplicates, unanswered, skipped, skippedFor, createdWaves, createdSites,
                problems, cancelled, parsed.format(), parsed.encoding(), parsed.separator(), sameAnswers, undatedWaves);
    }

    /**
     * The rows skipped, those skipped for the same reason together, every reason in the file's order
     * with how many rows it skipped and those of them listed: the whole file skipped as one imported
     * before is one reason, and one line.
     */
    public List<SkippedRows> skippedTogether() {
        Map<String, List<Integer>> listed = new LinkedHashMap<>();
        skipped.forEach(s -> listed.computeIfAbsent(s.reason(), why -> new ArrayList<>()).add(s.row()));
        boolean oneReasonForAll = added == 0 && skippedFor.size() == 1;
        return skippedFor.entrySet().stream().map(e -> new SkippedRows(listed.getOrDefault(e.getKey(), List.of()),
                e.getKey(), e.getValue(), oneReasonForAll && e.getValue() > 1)).toList();
    }

    public boolean stored() {
        return problems.isEmpty() && !cancelled;
    }

    /** Whether the program holds anything it did not before: a response, a wave or a site. */
    public boolean changedTheProgram() {
        return stored() && (added > 0 || !createdWaves.isEmpty() || !createdSites.isEmpty());
    }
}
