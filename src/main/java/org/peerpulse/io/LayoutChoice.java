package org.peerpulse.io;

/**
 * Which layout a file is in: the one the import names, or for {@link ImportFormat#AUTO} and
 * {@link ImportFormat#XLSX} the one its header row shows — REDCap (record_id, redcap_*, *_complete,
 * checkbox___code), then KoboToolbox (_uuid, _submission_time, _index, __version__, start, end, or
 * group paths), then a given mapping, else the canonical layout.
 */
final class LayoutChoice {
    private LayoutChoice() {
    }

    /**
     * True when a row has a heading some layout reads: a PSP-1 code, a REDCap or KoboToolbox column,
     * or a column of the import's mapping. A row of several values none of which is a heading, above
     * one that has some, is a title.
     */
    static boolean hasAHeading(TableRow row, ReadOptions options) {
        var mapping = options.mapping();
        return RedcapColumns.recognises(row.cells()) || KoboColumns.recognises(row.cells())
                || row.cells().stream().map(String::strip).filter(h -> !h.isEmpty()).anyMatch(h ->
                        org.peerpulse.domain.Psp1.METADATA.contains(h.toLowerCase(java.util.Locale.ROOT))
                        || org.peerpulse.domain.Psp1.isItem(h.toLowerCase(java.util.Locale.ROOT))
                        || mapping != null && mapping.targetOf(h) != null);
    }

    /** The layout for the header, or null with a problem logged. */
    static TableLayout choose(TableRow header, ImportFormat format, ReadOptions options, ProblemLog problems) {
        String wave = options.wave();
        var mapping = options.mapping();
        var headings = header.cells();
        ImportFormat layout = format;
        if (format == ImportFormat.AUTO || format == ImportFormat.XLSX) {
            layout = RedcapColumns.recognises(headings) ? ImportFormat.REDCAP
                    : KoboColumns.recognises(headings) ? ImportFormat.KOBO
                    : mapping != null ? ImportFormat.MAPPED : ImportFormat.PEERPULSE;
        }
        switch (layout) {
            case KOBO:
                return TableLayout.planned(KoboColumns.plan(headings, mapping), header, wave, problems);
            case REDCAP:
                return TableLayout.planned(RedcapColumns.plan(headings, mapping), header, wave, problems);
            case MAPPED:
                if (mapping == null) {
                    problems.addFile("needs a column mapping; choose or make one that says which PSP-1 code each"
                            + " column holds");
                    return null;
                }
                return TableLayout.planned(Mapped.plan(headings, mapping), header, wave, problems);
            default:
                return TableLayout.canonical(header, wave, problems);
        }
    }
}
