package org.peerpulse.io;

import java.util.List;

/**
 * How the rows under a header become responses: the canonical layout (same rules as
 * {@link CanonicalCsvReader}) or a planned one (KoboToolbox, REDCap, a mapping).
 */
interface TableLayout {
    ImportFormat format();

    /** False when the header alone means no row can be read. */
    boolean usable();

    /** The row's response, or null when it has problems (logged). */
    ParsedRow read(TableRow row);

    /** Adds the problems known only at the end and returns the rows to keep. */
    List<ParsedRow> finish(List<ParsedRow> rows);

    /** True when {@link #finish} keeps every row as it is, so rows can be handed on while the file is read. */
    boolean streams();

    static TableLayout canonical(TableRow header, String wave, ProblemLog problems) {
        CanonicalHeader columns = CanonicalHeader.read(header.cells(), header.number(), wave != null, problems);
        CanonicalRows body = new CanonicalRows(columns, wave, problems);
        return new TableLayout() {
            @Override
            public ImportFormat format() {
                return ImportFormat.PEERPULSE;
            }

            @Override
            public boolean usable() {
                return !columns.unusable();
            }

            @Override
            public ParsedRow read(TableRow row) {
                return body.read(row.cells(), row.number());
            }

            @Override
            public List<ParsedRow> finish(List<ParsedRow> rows) {
                return rows;
            }

            @Override
            public boolean streams() {
                return true;
            }
        };
    }

    static TableLayout planned(ColumnPlan unchecked, TableRow header, String wave, ProblemLog problems) {
        ColumnPlan plan = unchecked.checked(wave != null, header.number(), problems);
        PlannedRows body = new PlannedRows(plan, wave, problems);
        return new TableLayout() {
            @Override
            public ImportFormat format() {
                return plan.format();
            }

            @Override
            public boolean usable() {
                return true;
            }

            @Override
            public ParsedRow read(TableRow row) {
                return body.read(row);
            }

            @Override
            public boolean streams() {
                return false; // the columns' problems (identifiers, unknown headings) are known only at the end
            }

            @Override
            public List<ParsedRow> finish(List<ParsedRow> rows) {
                ColumnProblems.report(plan, body.identifiers(), header.number(), problems);
                return rows;
            }
        };
    }
}
