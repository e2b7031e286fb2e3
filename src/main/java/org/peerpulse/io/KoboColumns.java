package org.peerpulse.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peerpulse.io.PlannedColumn.Role;

/**
 * The columns of a KoboToolbox export with "XML values and headers": question names as headings,
 * with or without group paths ({@code stressors/fin/fin_overall}, at any depth; or with the export's
 * other group separator, {@code stressors.fin.fin_overall}: no PSP-1 code holds a dot); select-many as
 * one space-separated column ({@code top3}), one 1/0 column per choice ({@code …/top3/financial}),
 * or both; Kobo's metadata columns are read past, except {@code _uuid} (the row's source id,
 * {@code kobo:<uuid>}) and {@code _submission_time} (when the form has no {@code submitted} question).
 */
final class KoboColumns {
    static final String LAYOUT = "KoboToolbox";

    /** Form metadata a Kobo export may hold (last path segment, lower case); every heading starting with _ is metadata too. */
    static final Set<String> META = Set.of("start", "end", "today", "deviceid", "subscriberid", "simserial",
            "phonenumber", "username", "email", "audit", "instanceid", "instancename", "deprecatedid", "uuid",
            "version", "background-audio", "starttime", "endtime");
    /** Headings that mark a file as a Kobo export. */
    static final Set<String> MARKERS = Set.of("_uuid", "_submission_time", "_index", "__version__", "start", "end",
            "_id", "_validation_status", "_submitted_by", "meta/instanceid", "formhub/uuid", "meta.instanceid",
            "formhub.uuid");
    private static final Set<String> META_GROUPS = Set.of("meta", "formhub");
    /** Kobo's group separators: "/" (its default) or "." (a choice of its export settings). */
    private static final String GROUP_SEPARATOR = "[/.]";

    private KoboColumns() {
    }

    static ColumnPlan plan(List<String> headings, ColumnMapping mapping) {
        boolean hasSubmitted = headings.stream().anyMatch(h -> lastSegment(h).equals("submitted"));
        List<PlannedColumn> columns = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).strip();
            PlannedColumn mapped = Mapped.column(i, heading, mapping);
            columns.add(mapped != null ? mapped : column(i, heading, hasSubmitted));
        }
        return new ColumnPlan(ImportFormat.KOBO, LAYOUT, "kobo", columns, mapping);
    }

    private static PlannedColumn column(int index, String heading, boolean hasSubmitted) {
        String lower = heading.toLowerCase(Locale.ROOT);
        if (lower.equals("_uuid")) {
            return PlannedColumn.of(index, heading, Role.SOURCE_ID);
        }
        if (lower.equals("_submission_time")) {
            return PlannedColumn.of(index, heading, hasSubmitted ? Role.IGNORE : Role.SUBMITTED);
        }
        String[] segments = heading.split(GROUP_SEPARATOR);
        String last = segments[segments.length - 1].strip();
        if (segments.length >= 2 && ColumnTargets.isMultiple(segments[segments.length - 2].strip())) {
            PlannedColumn choice = ColumnTargets.choice(index, heading, segments[segments.length - 2].strip(), last);
            return choice != null ? choice : PlannedColumn.of(index, heading, Role.UNKNOWN);
        }
        if (!heading.isEmpty() && !isMeta(lower, segments)) {
            PlannedColumn known = ColumnTargets.column(index, heading, last);
            if (known != null && known.role() != Role.IGNORE && known.role() != Role.CHOICE) {
                return known;
            }
        }
        return PlannedColumn.of(index, heading, isMeta(lower, segments) ? Role.IGNORE : Role.UNKNOWN);
    }

    private static boolean isMeta(String lower, String[] segments) {
        String last = segments[segments.length - 1].strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("_") || META.contains(last) && segments.length == 1
                || segments.length > 1 && META_GROUPS.contains(segments[0].strip().toLowerCase(Locale.ROOT));
    }

    static String lastSegment(String heading) {
        String[] segments = heading.strip().split(GROUP_SEPARATOR);
        return segments.length == 0 ? "" : segments[segments.length - 1].strip().toLowerCase(Locale.ROOT);
    }

    /** True when the headings look like a Kobo export: its metadata columns, or group paths (a slash, no spaces). */
    static boolean recognises(List<String> headings) {
        return headings.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .anyMatch(h -> MARKERS.contains(h) || h.contains("/") && !h.contains(" "));
    }
}
