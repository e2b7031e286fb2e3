package org.peerpulse.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerpulse.io.PlannedColumn.Role;

/**
 * Every column of a survey file with its role, and how the layout builds a row's source id.
 *
 * @param layout       the layout's name as sentences say it, e.g. "KoboToolbox"
 * @param sourcePrefix put before a row's source id parts, e.g. "kobo"; they are joined with ":"
 */
record ColumnPlan(ImportFormat format, String layout, String sourcePrefix, List<PlannedColumn> columns,
                  ColumnMapping mapping) {
    ColumnPlan {
        columns = List.copyOf(columns);
    }

    int width() {
        return columns.size();
    }

    boolean has(Role role) {
        return columns.stream().anyMatch(c -> c.role() == role);
    }

    List<PlannedColumn> with(Role role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }

    /**
     * Checks what every layout needs, adding header problems: one column per code and role
     * (later copies are problems), a site, and a wave unless the import names it or an event can
     * stand for it.
     */
    ColumnPlan checked(boolean waveNamed, int headerRow, ProblemLog problems) {
        Map<String, List<PlannedColumn>> byTarget = new LinkedHashMap<>();
        for (PlannedColumn column : columns) {
            String target = switch (column.role()) {
                case ITEM -> column.code();
                case CHOICE -> column.code() + "/" + column.choice();
                case SITE, WAVE, RESPONDENT, SUBMITTED, EVENT -> column.role().name().toLowerCase();
                default -> null;
            };
            if (target != null) {
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(column);
            }
        }
        List<PlannedColumn> kept = new ArrayList<>(columns);
        byTarget.forEach((target, same) -> {
            if (same.size() > 1) {
                List<String> letters = same.stream().map(c -> CanonicalHeader.letter(c.index())).toList();
                problems.add(headerRow, null, target, "the column " + target + " appears "
                        + (same.size() == 2 ? "twice" : same.size() + " times")
                        + " (columns " + CellRules.and(letters) + "); keep only one of them");
                same.subList(1, same.size()).forEach(c -> kept.set(c.index(), c.as(Role.IGNORE)));
            }
        });
        if (!byTarget.containsKey("site")) {
            problems.add(headerRow, null, null, "there is no site column; add one that names each response's site"
                    + (format == ImportFormat.REDCAP ? ", or export the data access groups" : ""));
        }
        if (!byTarget.containsKey("wave") && !byTarget.containsKey("event") && !waveNamed) {
            problems.add(headerRow, null, null, "there is no wave column; add one with each response's wave label,"
                    + " or name the wave when importing");
        }
        return new ColumnPlan(format, layout, sourcePrefix, kept, mapping);
    }
}
