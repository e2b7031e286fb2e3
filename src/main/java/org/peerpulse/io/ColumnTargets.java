package org.peerpulse.io;

import java.util.Locale;

import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.io.PlannedColumn.Role;

/** Turns a code a heading or a mapping names (an item, a metadata column, top3/financial, ignore) into a column's role. */
final class ColumnTargets {
    private ColumnTargets() {
    }

    /** The column for a target, or null when the target is not one PSP-1 knows. */
    static PlannedColumn column(int index, String heading, String target) {
        String code = target.strip().toLowerCase(Locale.ROOT);
        if (code.equals(ColumnMapping.IGNORE)) {
            return PlannedColumn.of(index, heading, Role.IGNORE);
        }
        switch (code) {
            case Psp1.SITE: return PlannedColumn.of(index, heading, Role.SITE);
            case Psp1.WAVE: return PlannedColumn.of(index, heading, Role.WAVE);
            case Psp1.RESPONDENT: return PlannedColumn.of(index, heading, Role.RESPONDENT);
            case Psp1.SUBMITTED: return PlannedColumn.of(index, heading, Role.SUBMITTED);
            default: break;
        }
        if (Psp1.isItem(code)) {
            return new PlannedColumn(index, heading, Role.ITEM, code, null);
        }
        int slash = code.lastIndexOf('/');
        return slash > 0 ? choice(index, heading, code.substring(0, slash), code.substring(slash + 1)) : null;
    }

    /** A 1/0 column for one choice of a select-many item, or null when the item or choice is not PSP-1's. */
    static PlannedColumn choice(int index, String heading, String item, String choice) {
        Item found = Psp1.item(item.toLowerCase(Locale.ROOT)).orElse(null);
        if (found == null || found.kind() != ItemKind.MULTIPLE) {
            return null;
        }
        for (String code : found.values().codes()) {
            if (code.equalsIgnoreCase(choice)) {
                return new PlannedColumn(index, heading, Role.CHOICE, found.code(), code);
            }
        }
        return null;
    }

    /** True when the code names a select-many item (top3). */
    static boolean isMultiple(String code) {
        return Psp1.item(code.toLowerCase(Locale.ROOT)).map(i -> i.kind() == ItemKind.MULTIPLE).orElse(false);
    }
}
