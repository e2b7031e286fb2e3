package org.peerpulse.service;

import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;

/**
 * What a PDF report covers.
 *
 * @param site null for the program report (every site), else the site report of that site
 * @param from the first wave covered; null for the first wave of the program
 * @param to   the last wave covered; null for the last wave of the program
 */
public record ReportRequest(Site site, Wave from, Wave to) {
    /** The program report over every wave. */
    public static ReportRequest program() {
        return new ReportRequest(null, null, null);
    }

    public boolean isSiteReport() {
        return site != null;
    }
}
