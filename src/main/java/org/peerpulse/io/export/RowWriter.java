package org.peerpulse.io.export;

import java.io.IOException;
import java.util.List;

/** Writes a table's rows into an open file one at a time, so that a long table is never held whole. */
@FunctionalInterface
public interface RowWriter {
    /** One row, with as many cells as the table has headings. */
    void row(List<ExportCell> cells) throws IOException;

    /** Ends the file's content; leaves the stream open. */
    default void finish() throws IOException {
    }
}
