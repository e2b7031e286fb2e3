package org.peerpulse.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.peerpulse.io.instrument.CsvTemplateWriter;
import org.peerpulse.io.instrument.Psp1Text;
import org.peerpulse.io.instrument.RedcapDictionaryWriter;
import org.peerpulse.io.instrument.XlsFormWriter;

/** The PSP-1 instrument written for the agency's survey tool. */
public final class InstrumentService {
    /** What to write: an XLSForm (KoboToolbox, ODK), a REDCap data dictionary, or a blank CSV template. */
    public enum Format {
        XLSFORM, REDCAP, CSV
    }

    /** The form version written into the XLSForm: it changes only when PSP-1 does. */
    static final String FORM_VERSION = "psp1-2024.1";

    public void write(Format format, Path file) {
        Psp1Text text = new Psp1Text(Locale.ENGLISH);
        try {
            if (format == Format.XLSFORM) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    new XlsFormWriter(text, FORM_VERSION).write(out);
                }
                return;
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                if (format == Format.CSV) {
                    out.write('\ufeff'); // so that Excel reads the template as UTF-8
                    new CsvTemplateWriter().write(out);
                } else {
                    new RedcapDictionaryWriter(text).write(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
