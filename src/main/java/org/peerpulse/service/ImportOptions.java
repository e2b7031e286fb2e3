package org.peerpulse.service;

import org.peerpulse.io.ColumnMapping;
import org.peerpulse.io.ImportFormat;

/**
 * How to import a file.
 *
 * @param format      the file's layout, or AUTO to recognise it by its headers
 * @param waveLabel   the wave every row belongs to, or null to read it from the file
 * @param createSites create sites the program does not know yet (otherwise they are errors: typos
 *                    must not create phantom sites)
 * @param mapping     a column mapping for other tools' files, or null
 */
public record ImportOptions(ImportFormat format, String waveLabel, boolean createSites, ColumnMapping mapping) {
    public static final ImportOptions DEFAULT = new ImportOptions(ImportFormat.AUTO, null, false, null);

    public ImportOptions(String waveLabel, boolean createSites) {
        this(ImportFormat.AUTO, waveLabel, createSites, null);
    }

    public ImportOptions withCreateSites() {
        return new ImportOptions(format, waveLabel, true, mapping);
    }
}
