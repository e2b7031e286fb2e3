package org.peerpulse.io.report;

import java.util.List;

/**
 * A report ready to lay out: its blocks in reading order, with every figure already chosen and
 * formatted by the service that made it.
 *
 * @param title   the document's title (its properties and every page's footer)
 * @param subject what it covers, for the document's properties
 */
public record ReportDocument(String title, String subject, List<ReportBlock> blocks) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
    }
}
