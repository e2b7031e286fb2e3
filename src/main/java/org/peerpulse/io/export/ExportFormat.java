package org.peerpulse.io.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file types a table is exported to, known by their extension. */
public enum ExportFormat {
    CSV("csv"), XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension (ignoring case), if any. */
    public static Optional<ExportFormat> of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (text.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
