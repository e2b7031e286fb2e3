package org.peerpulse.io;

import java.util.List;

/**
 * The first rows of a file as they are, before any layout is applied: what an import wizard shows
 * and what a column mapping is suggested from.
 *
 * @param problem null, or why the file cannot be read as a table
 */
public record FilePreview(List<String> headers, List<List<String>> rows, String encoding, String separator,
                          String problem) {
    public FilePreview {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
