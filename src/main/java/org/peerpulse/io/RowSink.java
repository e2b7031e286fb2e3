package org.peerpulse.io;

import java.util.List;

/** Where a read hands the rows of a file, in file order, a batch at a time. */
@FunctionalInterface
public interface RowSink {
    void accept(List<ParsedRow> rows);
}
