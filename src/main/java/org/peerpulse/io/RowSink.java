package org.peerpulse.io;

import java.util.List;

/** Where a read hands the rows of a file, in file order, a batch at a time. */
@FunctionalInterface
public interface RowSink {
    void accept(List<ParsedRow> rows);

    /**
     * Rows read after the file was found to have a problem: it will be refused, so they are not
     * to be stored, only looked at for problems of their own (a site the program does not have),
     * so that the file's problems are all listed at once.
     */
    default void check(List<ParsedRow> rows) {
    }
}
