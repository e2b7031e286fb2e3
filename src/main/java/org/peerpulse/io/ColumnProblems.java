package org.peerpulse.io;

import java.util.List;

import org.peerpulse.domain.Psp1;
import org.peerpulse.io.PlannedColumn.Role;

/**
 * The problems with whole columns, known once every row is read: headings that are not PSP-1
 * (or whose values look like people's names or contact details — then that is the one problem),
 * values without a heading, and mapping targets PSP-1 does not know.
 */
final class ColumnProblems {
    private ColumnProblems() {
    }

    static void report(ColumnPlan plan, IdentifierColumns identifiers, int headerRow, ProblemLog problems) {
        List<PlannedColumn> wording = questionWording(plan);
        if (wording.size() >= 2) { // a "labels" export: one sentence says what to do, not one per column
            problems.addBeforeRows(headerRow, null, null, "the column headings are the PSP-1 questions' wording (" +
                    wording.size() + " columns, e.g. " + CellRules.show(wording.get(0).heading()) + "), not their"
                    + " names: export the file again with \"XML values and headers\" (KoboToolbox) or as raw data"
                    + " with variable names (REDCap), or import it as another tool's file, whose column mapping the"
                    + " import wizard suggests from the wording");
        }
        for (PlannedColumn column : plan.columns()) {
            if (wording.size() >= 2 && wording.contains(column)) {
                continue;
            }
            if (column.role() != Role.UNKNOWN) {
                continue; // an answer, free text included (a comment of "Thank You" is no column of names)
            }
            IdentifierColumns.Kind kind = identifiers.kind(column.index(), column.heading());
            if (kind != null) {
                problems.addBeforeRows(0, column.named(), null, kind.sentence());
            } else {
                unknown(plan, column, identifiers, headerRow, problems);
            }
        }
    }

    private static void unknown(ColumnPlan plan, PlannedColumn column, IdentifierColumns identifiers, int headerRow,
                                ProblemLog problems) {
        String heading = column.heading();
        String letter = CanonicalHeader.letter(column.index());
        if (heading.isEmpty()) {
            if (identifiers.hasValues(column.index())) {
                problems.addBeforeRows(headerRow, null, null, "column " + letter + " has values but no heading in the header"
                        + " row; give it a PSP-1 code or delete the column");
            }
            return;
        }
        String start = "the column heading " + CellRules.show(heading) + " (column " + letter + ")";
        if (column.code() != null) {
            problems.addBeforeRows(headerRow, heading, null, start + " is mapped to " + CellRules.show(column.code())
                    + " in the mapping " + CellRules.show(plan.mapping().name()) + ", which is not a PSP-1 code;"
                    + " map it to a PSP-1 code or to ignore");
            return;
        }
        String choiceOf = choiceItem(heading);
        if (choiceOf != null) {
            problems.addBeforeRows(headerRow, heading, null, start + " is not a choice of " + choiceOf + "; its choices are "
                    + String.join(", ", Psp1.item(choiceOf).orElseThrow().values().codes()));
            return;
        }
        if (plan.format() == ImportFormat.MAPPED) {
            problems.addBeforeRows(headerRow, heading, null, start + " is not in the mapping " + CellRules.show(plan.mapping().name())
                    + "; map it to a PSP-1 code or to ignore");
            return;
        }
        String guess = CanonicalHeader.closest(KoboColumns.lastSegment(heading));
        problems.addBeforeRows(headerRow, heading, null, start + " is not a PSP-1 code or a " + plan.layout() + " column; "
                + (guess != null ? "perhaps you meant " + guess + ", or " : "") + "name the question with its PSP-1 code,"
                + " or map the column to ignore");
    }

    /** The columns not read whose heading (or its last group segment) is a PSP-1 question's English wording. */
    private static List<PlannedColumn> questionWording(ColumnPlan plan) {
        if (plan.format() == ImportFormat.MAPPED) {
            return List.of();
        }
        return plan.columns().stream().filter(column -> column.role() == Role.UNKNOWN)
                .filter(column -> isQuestion(normal(column.heading())) || isQuestion(KoboColumns.lastSegment(column.heading())))
                .toList();
    }

    /** The wording whole, or its start without the hint in brackets ("… right now?" of "… right now? (choose up to three)"). */
    private static boolean isQuestion(String heading) {
        return QUESTIONS.contains(heading)
                || heading.length() >= 20 && QUESTIONS.stream().anyMatch(question -> question.startsWith(heading));
    }

    private static final java.util.Set<String> QUESTIONS = new org.peerpulse.io.instrument.Psp1Text(
            java.util.Locale.ENGLISH).itemCodeByQuestion().keySet().stream().map(ColumnProblems::normal)
            .collect(java.util.stream.Collectors.toSet());

    private static String normal(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The select-many item a heading like top3/family or top3___family names, or null. */
    private static String choiceItem(String heading) {
        List<String> parts = List.of(heading.strip().split("/|___"));
        if (parts.size() < 2) {
            return null;
        }
        String item = parts.get(parts.size() - 2).strip().toLowerCase(java.util.Locale.ROOT);
        return ColumnTargets.isMultiple(item) ? item : null;
    }
}
