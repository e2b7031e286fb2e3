package org.peerpulse.io;

import java.util.ArrayList;
import java.util.List;

import org.peerpulse.io.PlannedColumn.Role;

/** The columns of a file read through a {@link ColumnMapping}: what the mapping says, and headings that are PSP-1 codes. */
final class Mapped {
    static final String LAYOUT = "mapping";

    private Mapped() {
    }

    static ColumnPlan plan(List<String> headings, ColumnMapping mapping) {
        List<PlannedColumn> columns = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).strip();
            PlannedColumn mapped = column(i, heading, mapping);
            PlannedColumn code = mapped != null || heading.isEmpty() ? null : ColumnTargets.column(i, heading, heading);
            if (code != null && code.role() == Role.IGNORE) {
                code = null;
            }
            columns.add(mapped != null ? mapped : code != null ? code : PlannedColumn.of(i, heading, Role.UNKNOWN));
        }
        return new ColumnPlan(ImportFormat.MAPPED, LAYOUT, null, columns, mapping);
    }

    /**
     * The column as the mapping maps it; null when the mapping does not name the heading. A target
     * PSP-1 does not know makes the column {@link Role#UNKNOWN} with the target as its code.
     */
    static PlannedColumn column(int index, String heading, ColumnMapping mapping) {
        String target = mapping == null || heading.isEmpty() ? null : mapping.targetOf(heading);
        if (target == null) {
            return null;
        }
        PlannedColumn column = ColumnTargets.column(index, heading, target);
        return column != null ? column : new PlannedColumn(index, heading, Role.UNKNOWN, target, null);
    }
}
