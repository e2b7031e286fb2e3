package org.peerpulse.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import java.util.List;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Names;
import org.peerpulse.domain.Psp1;

/**
 * Turns the answer rows of a canonical CSV into {@link ParsedRow}s, checking every cell against
 * PSP-1; a row with any problem is reported and left out.
 */
final class CanonicalRows {
    /** Repeated site, wave and top3 strings are kept once; the pool stops growing at this size. */
    private static final int POOL_MAX = 10_000;

    private final CanonicalHeader header;
    private final String waveOverride;
    private final ProblemLog problems;
    private final int site;
    private final int wave;
    private final int respondent;
    private final int submitted;
    private final Item[] items;
    private final boolean[] unnamedReported;
    private final Map<String, String> pool = new HashMap<>();

    /** @param waveOverride the wave the import names (stripped, non-blank), or null */
    CanonicalRows(CanonicalHeader header, String waveOverride, ProblemLog problems) {
        this.header = header;
        this.waveOverride = waveOverride;
        this.problems = problems;
        this.site = header.indexOf(Psp1.SITE);
        this.wave = header.indexOf(Psp1.WAVE);
        this.respondent = header.indexOf(Psp1.RESPONDENT);
        this.submitted = header.indexOf(Psp1.SUBMITTED);
        this.items = new Item[header.width()];
        for (int i = 0; i < items.length; i++) {
            String code = header.code(i);
            items[i] = code == null ? null : Psp1.item(code).orElse(null);
        }
        this.unnamedReported = new boolean[header.width()];
    }

    /** The row's response, or null when the row has problems (they are in the log). */
    ParsedRow read(List<String> record, int row) {
        if (record.size() > header.width()) {
            problems.add(row, null, null, "has " + record.size() + " cells but the header has " + header.width()
                    + (header.width() == 1 ? " column" : " columns")
                    + "; in a text file, a value that contains the separator (comma, semicolon or tab) must be in quotes");
            return null;
        }
        int before = problems.count();
        String siteValue = site < 0 ? null : required(record, row, site, "every response needs its site name or code");
        String waveValue = wave(record, row);
        String respondentValue = checked(record, row, respondent, CellRules::respondent, false);
        String submittedValue = checked(record, row, submitted, CellRules::submitted, true);
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < items.length; i++) {
            if (items[i] != null) {
                Item item = items[i];
                String answer = checked(record, row, i, value -> CellRules.answer(item, value), true);
                if (answer != null) {
                    answers.put(item.code(), item.kind() == ItemKind.MULTIPLE ? pooled(answer) : answer);
                }
            } else if (header.unnamed(i) && !unnamedReported[i] && !cell(record, i).isEmpty()) {
                unnamedReported[i] = true;
                problems.add(row, null, cell(record, i), "column " + CanonicalHeader.letter(i)
                        + " has a value but no heading in the header row; give it a PSP-1 code or delete the column");
            }
        }
        if (problems.count() > before) {
            return null;
        }
        ParsedRow parsed = new ParsedRow(row, siteValue, waveValue, respondentValue, submittedValue, null, answers);
        if (TemplateExample.is(parsed)) { // the blank template sent back: its example is no one's response
            problems.add(row, null, null, TemplateExample.problem());
            return null;
        }
        return parsed;
    }

    private String wave(List<String> record, int row) {
        if (waveOverride == null) {
            return wave < 0 ? null : required(record, row, wave,
                    "every response needs its wave label (or name the wave when importing)");
        }
        String value = wave < 0 ? "" : cell(record, wave);
        if (!value.isEmpty() && !Names.same(value, waveOverride)) {
            problems.add(row, Psp1.WAVE, value, "says " + CellRules.show(value) + " but the import names the wave "
                    + CellRules.show(waveOverride) + "; clear the wave column or import without naming the wave");
        }
        return waveOverride;
    }

    private String required(List<String> record, int row, int column, String why) {
        String value = cell(record, column);
        if (value.isEmpty()) {
            problems.add(row, header.code(column), null, "is blank; " + why);
            return null;
        }
        return pooled(value);
    }

    /**
     * The checked value of a cell, or null when it is blank or refused (the refusal is logged).
     * {@code showValue} false keeps the refused value out of the problem (contact details).
     */
    private String checked(List<String> record, int row, int column,
                           Function<String, CellRules.Checked> rule, boolean showValue) {
        if (column < 0) {
            return null;
        }
        String value = cell(record, column);
        if (value.isEmpty()) {
            return null;
        }
        CellRules.Checked checked = rule.apply(value);
        if (!checked.isOk()) {
            problems.add(row, header.code(column), showValue ? value : null, checked.problem());
            return null;
        }
        return checked.value();
    }

    private static String cell(List<String> record, int column) {
        return column < record.size() ? record.get(column).strip() : "";
    }

    private String pooled(String value) {
        String known = pool.get(value);
        if (known != null) {
            return known;
        }
        if (pool.size() < POOL_MAX) {
            pool.put(value, value);
        }
        return value;
    }
}
