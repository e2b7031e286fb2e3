package org.peerpulse.ui.exports;

import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportFormat;

/**
 * What File › Export… was asked for: the responses or the trends table, filters, the file type,
 * and (responses only) which identifying columns to add.
 *
 * @param site   null for every site (responses) or the whole program (trends)
 * @param domain null for all five (trends only)
 */
public record ExportRequest(boolean trends, Site site, StressDomain domain, Measure measure, ExportFormat format,
                            CsvSeparator separator, boolean includeCodes, boolean includeText, boolean includeTimes) {
    /** Whether anything that can identify a worker was asked for (responses only). */
    public boolean identifying() {
        return !trends && (includeCodes || includeText || includeTimes);
    }

    /** The suggested file name. */
    public String fileName() {
        return (trends ? "peerpulse-trends." : "peerpulse-responses.") + format.extension();
    }
}
