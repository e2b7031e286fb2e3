package org.peerpulse.io;

/**
 * What the import says about a file besides its format.
 *
 * @param waveOverride the wave the import names for every row, or null when the file says it
 * @param mapping      how the file's columns and labels map to PSP-1, or null for none
 */
public record ReadOptions(String waveOverride, ColumnMapping mapping) {
    public static final ReadOptions NONE = new ReadOptions(null, null);

    /** The named wave stripped, or null when blank. */
    String wave() {
        return waveOverride == null || waveOverride.isBlank() ? null : waveOverride.strip();
    }
}
