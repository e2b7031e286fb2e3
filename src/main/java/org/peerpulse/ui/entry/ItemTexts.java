package org.peerpulse.ui.entry;

import java.util.List;
import java.util.stream.Collectors;
import org.peerpulse.domain.ValueSet;
import org.peerpulse.ui.Messages;

/**
 * The entry form's short texts for PSP-1 items and their choices (keys {@code entry.item.<code>}
 * and {@code entry.value.<value set>.<code>}). ProQOL items are shown by number only: PeerPulse
 * never holds the ProQOL wording.
 */
public final class ItemTexts {
    private ItemTexts() {
    }

    static String question(String itemCode) {
        if (itemCode.matches("pq\\d\\d")) {
            return Messages.tr("entry.proqolItem", Integer.parseInt(itemCode.substring(2)));
        }
        return Messages.tr("entry.item." + itemCode);
    }

    /** A choice's word: "Not at all", "Part-time", "1–5". */
    public static String word(ValueSet values, String code) {
        return Messages.tr("entry.value." + values.code() + "." + code);
    }

    /** What the buttons show: the numbers of a 1–5 scale, else the words. */
    static List<String> buttonLabels(ValueSet values) {
        return values.isNumeric() ? values.codes() : values.codes().stream().map(c -> word(values, c)).toList();
    }

    /** Tooltips of a 1–5 scale's buttons ("4 = Very"); none for word choices. */
    static List<String> tooltips(ValueSet values) {
        return values.isNumeric() ? values.codes().stream().map(c -> c + " = " + word(values, c)).toList() : null;
    }

    /** "1 Not at all · 2 A little · … · 5 Extremely". */
    static String legend(ValueSet values) {
        return values.codes().stream().map(c -> c + " " + word(values, c)).collect(Collectors.joining("  \u00b7  "));
    }
}
