package org.peerpulse.io;

import java.util.ArrayList;
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
                return false; // a text column that holds identifiers is known, and dropped from every row, at the end
            }

            @Override
            public List<ParsedRow> finish(List<ParsedRow> rows) {
                ColumnProblems.report(plan, body.identifiers(), header.number(), problems);
                List<String> refused = plan.columns().stream()
                        .filter(c -> ColumnProblems.refusesText(c, body.identifiers())).map(PlannedColumn::code).toList();
                if (refused.isEmpty()) {
                    return rows;
                }
                List<ParsedRow> kept = new ArrayList<>(rows.size());
                for (ParsedRow r : rows) {
                    java.util.Map<String, String> answers = new java.util.HashMap<>(r.answers());
                    answers.keySet().removeAll(refused);
                    kept.add(new ParsedRow(r.row(), r.site(), r.wave(), r.respondent(), r.submitted(), r.sourceId(),
                            answers));
                }
                return kept;
            }
        };
    }
}
