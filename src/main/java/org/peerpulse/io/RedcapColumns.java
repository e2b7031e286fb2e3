package org.peerpulse.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peerpulse.io.PlannedColumn.Role;

/**
 * The columns of a REDCap raw CSV export (classic or longitudinal): {@code record_id} and the event
 * make the source id ({@code redcap:<record_id>:<event>}, then {@code :<instance>} for a repeated
 * instrument); the site from {@code site} else {@code redcap_data_access_group}; the wave from
 * {@code wave} else the event; checkboxes as {@code top3___<code>}; the first {@code *_timestamp}
 * as submitted when there is no {@code submitted} field; REDCap's other bookkeeping is read past.
 */
final class RedcapColumns {
    static final String LAYOUT = "REDCap";

    private RedcapColumns() {
    }

    static ColumnPlan plan(List<String> headings, ColumnMapping mapping) {
        List<String> lower = headings.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        boolean hasSite = lower.contains("site");
        boolean hasSubmitted = lower.contains("submitted");
        boolean timestampTaken = false;
        List<PlannedColumn> columns = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).strip();
            String name = lower.get(i);
            PlannedColumn mapped = Mapped.column(i, heading, mapping);
            if (mapped != null) {
                columns.add(mapped);
            } else if (name.endsWith("_timestamp") && !hasSubmitted && !timestampTaken) {
                timestampTaken = true;
                columns.add(PlannedColumn.of(i, heading, Role.SUBMITTED));
            } else if (name.equals("redcap_data_access_group")) {
                columns.add(PlannedColumn.of(i, heading, hasSite ? Role.IGNORE : Role.SITE));
            } else {
                columns.add(column(i, heading, name));
            }
        }
        return new ColumnPlan(ImportFormat.REDCAP, LAYOUT, "redcap", columns, mapping);
    }

    private static PlannedColumn column(int index, String heading, String name) {
        switch (name) {
            case "record_id":
            case "redcap_repeat_instance":
                return PlannedColumn.of(index, heading, Role.SOURCE_ID);
            case "redcap_event_name":
                return PlannedColumn.of(index, heading, Role.EVENT);
            case "redcap_repeat_instrument":
            case "redcap_survey_identifier":
                return PlannedColumn.of(index, heading, Role.IGNORE);
            default:
                break;
        }
        if (name.endsWith("_complete") || name.endsWith("_timestamp")) {
            return PlannedColumn.of(index, heading, Role.IGNORE);
        }
        int checkbox = name.indexOf("___");
        if (checkbox > 0) {
            PlannedColumn choice = ColumnTargets.choice(index, heading, name.substring(0, checkbox),
                    name.substring(checkbox + 3));
            return choice != null ? choice : PlannedColumn.of(index, heading, Role.UNKNOWN);
        }
        PlannedColumn known = heading.isEmpty() ? null : ColumnTargets.column(index, heading, name);
        return known != null && known.role() != Role.IGNORE && known.role() != Role.CHOICE ? known
                : PlannedColumn.of(index, heading, Role.UNKNOWN);
    }

    /** True when the headings look like a REDCap export. */
    static boolean recognises(List<String> headings) {
        return headings.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).anyMatch(h -> h.equals("record_id")
                || h.startsWith("redcap_") || h.endsWith("_complete") || h.matches("[a-z0-9_]+___[a-z0-9_]+"));
    }

    /** The event's name without REDCap's arm: wave_2020_03_arm_1 → wave_2020_03. */
    static String eventWave(String event) {
        return event.replaceFirst("(?i)_arm_\\d+$", "");
    }
}
