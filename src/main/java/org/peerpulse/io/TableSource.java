package org.peerpulse.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * A header and rows of cells from a file, one row at a time (CSV or TSV text, or the first sheet
 * of a workbook). Readers of survey layouts work on this and never see the file format.
 */
interface TableSource extends Closeable {
    /** The next row (blank ones included, so rows keep their numbers), or null at the end. */
    TableRow next() throws IOException;

    /** How far the source is, in the units of {@link #total()}. */
    long done();

    /** Bytes of the file, or -1 when unknown. */
    long total();

    /** How the text was decoded (see {@link ParsedFile#encoding()}), or null for a workbook. */
    String encoding();

    /** What separated the columns (see {@link ParsedFile#separator()}), or null for a workbook. */
    String separator();
}
