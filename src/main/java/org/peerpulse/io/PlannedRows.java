package org.peerpulse.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Names;
import org.peerpulse.domain.Psp1;
import org.peerpulse.io.PlannedColumn.Role;

/**
 * Turns the answer rows of a Kobo, REDCap or mapped file into {@link ParsedRow}s by its
 * {@link ColumnPlan}, checking every value with {@link CellRules}; a row with any problem is
 * reported and left out. Values of columns that are not answers are only watched for identifiers.
 */
final class PlannedRows {
    private static final String NOT_COMPLETED = "[not completed]";

    private final ColumnPlan plan;
    private final String waveOverride;
    private final ProblemLog problems;
    private final IdentifierColumns identifiers;
    private final boolean hasWaveColumn;
    private final StringPool pool = new StringPool();

    PlannedRows(ColumnPlan plan, String waveOverride, ProblemLog problems) {
        this.plan = plan;
        this.waveOverride = waveOverride;
        this.problems = problems;
        this.identifiers = new IdentifierColumns(plan.width());
        this.hasWaveColumn = plan.has(Role.WAVE);
    }

    IdentifierColumns identifiers() {
        return identifiers;
    }

    /** The row's response, or null when the row has problems (they are in the log). */
    ParsedRow read(TableRow row) {
        int before = problems.count();
        int n = row.number();
        for (int i = plan.width(); i < row.width(); i++) {
            if (!row.cell(i).isEmpty()) {
                problems.add(n, null, row.cell(i), "has a value in column " + CanonicalHeader.letter(i)
                        + ", past the last heading; give the column a heading or delete the value");
                break;
            }
        }
        String site = null;
        String wave = null;
        String event = null;
        String respondent = null;
        String submitted = null;
        List<String> sourceParts = new ArrayList<>();
        Map<String, String> answers = new HashMap<>();
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        for (PlannedColumn column : plan.columns()) {
            String value = row.cell(column.index());
            switch (column.role()) {
                case SITE -> site = required(n, column, value, "every response needs its site name or code");
                case WAVE -> wave = wave(n, column, value);
                case EVENT -> event = value.isEmpty() ? null : value;
                case RESPONDENT -> respondent = checked(n, column, value, CellRules::respondent, false);
                case SUBMITTED -> submitted = checked(n, column, NOT_COMPLETED.equals(value) ? "" : value,
                        CellRules::submitted, true);
                case SOURCE_ID -> {
                    if (!value.isEmpty()) {
                        sourceParts.add(value);
                    }
                }
                case ITEM -> item(n, column, value, answers);
                case CHOICE -> choice(n, column, value, chosen);
                case UNKNOWN -> watch(column, value);
                default -> { }
            }
            if (column.role() == Role.EVENT && event != null) {
                sourceParts.add(event);
            }
        }
        chosen.forEach((code, codes) -> choices(row, code, codes, answers));
        if (!hasWaveColumn) {
            wave = waveOverride != null ? waveOverride : event == null ? null : pool.get(RedcapColumns.eventWave(event));
            if (wave == null && plan.has(Role.EVENT)) {
                problems.add(n, plan.with(Role.EVENT).get(0).heading(), null,
                        "is blank; every response needs its event (the wave) or name the wave when importing");
            }
        }
        if (problems.count() > before) {
            return null;
        }
        String sourceId = sourceParts.isEmpty() || plan.sourcePrefix() == null ? null
                : plan.sourcePrefix() + ":" + String.join(":", sourceParts);
        return new ParsedRow(n, site, wave, respondent, submitted, sourceId, answers);
    }

    private void item(int row, PlannedColumn column, String value, Map<String, String> answers) {
        Item item = Psp1.item(column.code()).orElseThrow();
        String answer = checked(row, column, value, v -> {
            CellRules.Checked labelled = ValueLabels.translate(item, v, plan.mapping());
            return labelled.isOk() ? CellRules.answer(item, labelled.value()) : labelled;
        }, true);
        if (answer != null) {
            answers.put(item.code(), item.kind() == ItemKind.MULTIPLE ? pool.get(answer) : answer);
        }
    }

    private void choice(int row, PlannedColumn column, String value, Map<String, Set<String>> chosen) {
        Set<String> codes = chosen.computeIfAbsent(column.code(), c -> new LinkedHashSet<>());
        // 1/0, TRUE/FALSE (a spreadsheet), Checked/Unchecked (REDCap's labels export)
        if (value.isEmpty() || value.equals("0") || value.equalsIgnoreCase("false")
                || value.equalsIgnoreCase("unchecked")) {
            return;
        }
        if (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("checked")) {
            codes.add(column.choice());
            return;
        }
        problems.add(row, column.heading(), value, CellRules.show(value) + " is not 1 or 0; a choice column holds"
                + " 1 when " + column.choice() + " was chosen and 0 when not");
    }

    /** The choice columns of a select-many item make its answer, and must agree with its own column. */
    private void choices(TableRow table, String code, Set<String> codes, Map<String, String> answers) {
        int row = table.number();
        Item item = Psp1.item(code).orElseThrow();
        String fromColumns = item.values().codes().stream().filter(codes::contains)
                .reduce((a, b) -> a + " " + b).orElse(null);
        PlannedColumn ownColumn = plan.columns().stream()
                .filter(c -> c.role() == Role.ITEM && c.code().equals(code)).findFirst().orElse(null);
        if (ownColumn != null) {
            String own = answers.get(code);
            boolean ownRefused = own == null && !table.cell(ownColumn.index()).isEmpty();
            if (!ownRefused && !java.util.Objects.equals(own, fromColumns)) {
                problems.add(row, code, own, "says " + (own == null ? "nothing" : CellRules.show(own))
                        + " but its choice columns say " + (fromColumns == null ? "nothing" : CellRules.show(fromColumns))
                        + "; export the file again, or correct one of them");
            }
            return;
        }
        if (fromColumns != null) {
            CellRules.Checked checked = CellRules.answer(item, fromColumns);
            if (checked.isOk()) {
                answers.put(code, pool.get(checked.value()));
            } else {
                problems.add(row, code, fromColumns, checked.problem());
            }
        }
    }

    private void watch(PlannedColumn column, String value) {
        if (!value.isEmpty()) {
            identifiers.observe(column.index(), value);
        }
    }

    private String wave(int row, PlannedColumn column, String value) {
        if (waveOverride == null) {
            return required(row, column, value, "every response needs its wave label (or name the wave when importing)");
        }
        if (!value.isEmpty() && !Names.same(value, waveOverride)) {
            problems.add(row, column.heading(), value, "says " + CellRules.show(value) + " but the import names the wave "
                    + CellRules.show(waveOverride) + "; clear the wave column or import without naming the wave");
        }
        return waveOverride;
    }

    private String required(int row, PlannedColumn column, String value, String why) {
        if (value.isEmpty()) {
            problems.add(row, column.heading(), null, "is blank; " + why);
            return null;
        }
        return pool.get(value);
    }

    private String checked(int row, PlannedColumn column, String value,
                           java.util.function.Function<String, CellRules.Checked> rule, boolean showValue) {
        if (value.isEmpty()) {
            return null;
        }
        CellRules.Checked checked = rule.apply(value);
        if (!checked.isOk()) {
            problems.add(row, column.heading(), showValue ? value : null, checked.problem());
            return null;
        }
        return checked.value();
    }
}
