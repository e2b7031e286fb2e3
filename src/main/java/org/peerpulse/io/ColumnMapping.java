package org.peerpulse.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the columns of a file from another tool (Google or Microsoft Forms, Kobo's "Labels" export…)
 * map to PSP-1, saved by name so the next export of the same form imports in one step.
 *
 * @param columnToTarget source heading → an item code ({@code fin_overall}), a metadata column
 *                       ({@code site}, {@code wave}, {@code respondent}, {@code submitted}), a choice
 *                       column ({@code top3/financial}, holding 1 or 0), or {@value #IGNORE}
 * @param valueCodes     item code → source label → value code, e.g. qol → "Very good" → 5
 */
public record ColumnMapping(String name, Map<String, String> columnToTarget,
                            Map<String, Map<String, String>> valueCodes) {
    /** The target of a column whose values are never read. */
    public static final String IGNORE = "ignore";

    public ColumnMapping {
        Objects.requireNonNull(name, "name");
        columnToTarget = Collections.unmodifiableMap(new LinkedHashMap<>(columnToTarget));
        Map<String, Map<String, String>> codes = new LinkedHashMap<>();
        valueCodes.forEach((item, labels) -> codes.put(item, Collections.unmodifiableMap(new LinkedHashMap<>(labels))));
        valueCodes = Collections.unmodifiableMap(codes);
    }

    /** How a mapping matches a heading or a label: ignoring case and surrounding spaces. */
    public static String matchKey(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** The target of a heading, matched exactly, then as {@link #matchKey} does; null when unmapped. */
    public String targetOf(String heading) {
        String exact = columnToTarget.get(heading);
        if (exact != null) {
            return exact.strip();
        }
        String wanted = matchKey(heading);
        for (Map.Entry<String, String> entry : columnToTarget.entrySet()) {
            if (matchKey(entry.getKey()).equals(wanted)) {
                return entry.getValue().strip();
            }
        }
        return null;
    }

    /** The value code of a label for an item, matched as {@link #matchKey} does; null when unmapped. */
    public String valueCode(String item, String label) {
        Map<String, String> labels = valueCodes.getOrDefault(item, Map.of());
        String wanted = matchKey(label);
        for (Map.Entry<String, String> entry : labels.entrySet()) {
            if (matchKey(entry.getKey()).equals(wanted)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** True when the mapping gives labels for the item. */
    public boolean hasLabels(String item) {
        return !valueCodes.getOrDefault(item, Map.of()).isEmpty();
    }

    /** A mapping pre-filled from headings alone: PSP-1 codes, normalised codes and group paths. */
    public static ColumnMapping suggest(List<String> headers, List<List<String>> sampleRows) {
        return MappingSuggester.suggest(headers, sampleRows, Map.of(), Map.of());
    }

    /**
     * A pre-filled mapping that also knows the instrument's wording.
     *
     * @param itemCodeByLabel question text → item code (e.g. from {@code Psp1Text})
     * @param labelsByItem    item code → choice label → value code
     */
    public static ColumnMapping suggest(List<String> headers, List<List<String>> sampleRows,
                                        Map<String, String> itemCodeByLabel,
                                        Map<String, Map<String, String>> labelsByItem) {
        return MappingSuggester.suggest(headers, sampleRows, itemCodeByLabel, labelsByItem);
    }
}
