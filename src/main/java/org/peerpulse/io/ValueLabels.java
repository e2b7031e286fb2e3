package org.peerpulse.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;

/**
 * Turns the labels a form tool writes ("Very stressful", "Financial insecurity, Housing") into
 * PSP-1 value codes through a mapping, before the cell rules check them. A value that already is
 * an allowed code passes unchanged; a label the mapping doesn't know is refused with the label and
 * the allowed codes. Select-many labels may be separated by commas, semicolons or spaces (Google
 * Forms writes ", ", Microsoft Forms ";"), and may contain those separators themselves.
 */
final class ValueLabels {
    private ValueLabels() {
    }

    static CellRules.Checked translate(Item item, String value, ColumnMapping mapping) {
        if (mapping == null || !mapping.hasLabels(item.code()) || item.kind() == ItemKind.TEXT) {
            return CellRules.Checked.ok(value);
        }
        if (item.kind() == ItemKind.SINGLE) {
            String code = mapping.valueCode(item.code(), value);
            if (code != null || CellRules.answer(item, value).isOk()) {
                return CellRules.Checked.ok(code != null ? code : value);
            }
            return CellRules.Checked.refused(unmapped(item, List.of(value), mapping));
        }
        return choices(item, value, mapping);
    }

    /** Finds the mapping's labels in the text, longest first; what is left over must be codes or separators. */
    private static CellRules.Checked choices(Item item, String value, ColumnMapping mapping) {
        List<Map.Entry<String, String>> labels = new ArrayList<>(mapping.valueCodes().get(item.code()).entrySet());
        labels.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().strip().length()).reversed());
        String rest = value;
        List<String> codes = new ArrayList<>();
        for (Map.Entry<String, String> label : labels) {
            String wanted = label.getKey().strip();
            int at;
            while (!wanted.isEmpty() && (at = indexIgnoringCase(rest, wanted)) >= 0) {
                codes.add(label.getValue());
                rest = rest.substring(0, at) + ";" + rest.substring(at + wanted.length());
            }
        }
        List<String> unmapped = new ArrayList<>();
        for (String token : rest.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (item.values().codes().stream().anyMatch(token::equalsIgnoreCase)) {
                codes.add(token);
            } else {
                unmapped.add(token);
            }
        }
        if (!unmapped.isEmpty()) {
            return CellRules.Checked.refused(unmapped(item, unmapped, mapping));
        }
        return CellRules.Checked.ok(String.join(" ", codes));
    }

    private static int indexIgnoringCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).indexOf(part.toLowerCase(Locale.ROOT));
    }

    private static String unmapped(Item item, List<String> labels, ColumnMapping mapping) {
        List<String> shown = labels.stream().map(CellRules::show).toList();
        return CellRules.and(shown) + (shown.size() == 1 ? " has" : " have") + " no value code for " + item.code()
                + " in the mapping " + CellRules.show(mapping.name()) + "; map "
                + (shown.size() == 1 ? "it" : "them") + " to one of " + String.join(", ", item.values().codes());
    }
}
