package org.peerpulse.io;

/**
 * The layouts a survey file can come in. {@link #AUTO} recognises the layout by the header row
 * (and a workbook by its bytes); {@link #XLSX} is a workbook whose first sheet holds any of the
 * layouts, recognised by its header row.
 */
public enum ImportFormat {
    AUTO, PEERPULSE, KOBO, REDCAP, XLSX, MAPPED
}
