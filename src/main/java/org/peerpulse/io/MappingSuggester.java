package org.peerpulse.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peerpulse.domain.Names;
import org.peerpulse.domain.Psp1;
import org.peerpulse.io.PlannedColumn.Role;

/**
 * Pre-fills a {@link ColumnMapping} from a file's headings and first rows: PSP-1 codes as written
 * or normalised ({@code Fin Overall} → fin_overall), group paths ({@code stressors/fin/fin_overall}),
 * select-many choice columns ({@code top3/financial}, {@code top3___financial}), survey-tool
 * metadata and identifier columns (→ ignore), and question texts the caller's label map knows.
 * Headings it cannot place are left out for the person to map.
 */
final class MappingSuggester {
    private MappingSuggester() {
    }

    static ColumnMapping suggest(List<String> headers, List<List<String>> sampleRows,
                                 Map<String, String> itemCodeByLabel, Map<String, Map<String, String>> labelsByItem) {
        IdentifierColumns identifiers = new IdentifierColumns(headers.size());
        for (List<String> row : sampleRows) {
            for (int i = 0; i < Math.min(row.size(), headers.size()); i++) {
                String value = row.get(i) == null ? "" : row.get(i).strip();
                if (!value.isEmpty()) {
                    identifiers.observe(i, value);
                }
            }
        }
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String heading = headers.get(i) == null ? "" : headers.get(i).strip();
            String target = heading.isEmpty() ? null : target(heading, itemCodeByLabel);
            if (target == null && identifiers.kind(i, heading) != null) {
                target = ColumnMapping.IGNORE;
            }
            if (target != null) {
                columns.put(heading, target);
                Map<String, String> labels = labelsByItem.get(target);
                if (labels != null && !labels.isEmpty()) {
                    values.putIfAbsent(target, labels);
                }
            }
        }
        return new ColumnMapping("", columns, values);
    }

    private static String target(String heading, Map<String, String> itemCodeByLabel) {
        String lower = heading.toLowerCase(Locale.ROOT);
        PlannedColumn exact = ColumnTargets.column(0, heading, lower);
        if (exact != null && exact.role() != Role.IGNORE) {
            return name(exact);
        }
        for (String code : Psp1.canonicalColumns()) {
            if (Names.same(code, heading)) {
                return code;
            }
        }
        PlannedColumn kobo = KoboColumns.plan(List.of(heading), null).columns().get(0);
        if (kobo.role() == Role.IGNORE || kobo.role() == Role.SOURCE_ID || kobo.role() == Role.SUBMITTED
                && !lower.endsWith("submitted")) {
            return ColumnMapping.IGNORE;
        }
        if (kobo.role() != Role.UNKNOWN) {
            return name(kobo);
        }
        PlannedColumn redcap = RedcapColumns.plan(List.of(heading), null).columns().get(0);
        if (redcap.role() == Role.CHOICE) {
            return name(redcap);
        }
        if (redcap.role() != Role.UNKNOWN) {
            return ColumnMapping.IGNORE;
        }
        for (Map.Entry<String, String> label : itemCodeByLabel.entrySet()) {
            if (Names.same(label.getKey(), heading)) {
                return label.getValue();
            }
        }
        return null;
    }

    private static String name(PlannedColumn column) {
        return switch (column.role()) {
            case ITEM -> column.code();
            case CHOICE -> column.code() + "/" + column.choice();
            default -> column.role().name().toLowerCase(Locale.ROOT);
        };
    }
}
