package org.peerpulse.io;

/**
 * How much of a survey file PeerPulse reads before it refuses the file with a sentence, so that a
 * hostile or broken file can never exhaust memory nor overflow a database column. A real survey
 * is far inside every limit (decision "input-limits").
 */
final class InputLimits {
    /** Characters of one line of CSV text; a longer line is refused while it is read. */
    static final int LINE_CHARS = 1_000_000;
    /** Characters of one cell (the longest comment the database stores). */
    static final int CELL_CHARS = 10_000;
    /** Characters of a site name, a wave label and a source row id, as the database stores them. */
    static final int SITE_CHARS = 200;
    static final int WAVE_CHARS = 100;
    static final int SOURCE_ID_CHARS = 200;
    /** Bytes a workbook may inflate to, all parts together. */
    static final long WORKBOOK_BYTES = 256L << 20;
    /** A part that inflates beyond {@link #RATIO_FROM_BYTES} to more than this many times its packed size is a ZIP bomb. */
    static final int WORKBOOK_RATIO = 200;
    static final long RATIO_FROM_BYTES = 16L << 20;

    private InputLimits() {
    }
}
