package org.peerpulse.service;

import java.nio.file.Path;

/**
 * A report that was written: where, how many pages, and what it covers (the audit trail records it).
 *
 * @param file  the PDF, written whole
 * @param pages its number of pages
 */
public record ReportResult(Path file, int pages, ReportRequest request) {
}
