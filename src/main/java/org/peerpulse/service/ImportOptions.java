package org.peerpulse.service;

/**
 * How to import a file.
 *
 * @param waveLabel   the wave every row belongs to, or null to read it from the file's wave column
 * @param createSites create sites the program does not know yet (otherwise they are errors: typos
 *                    must not create phantom sites)
 */
public record ImportOptions(String waveLabel, boolean createSites) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, false);
}
