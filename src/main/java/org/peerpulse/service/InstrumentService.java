package org.peerpulse.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.peerpulse.io.export.AtomicFile;
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

    /** Writes the instrument to {@code file} whole or not at all (a form half written would import half a survey). */
    public void write(Format format, Path file) {
        Psp1Text text = new Psp1Text(Locale.ENGLISH);
        try {
            AtomicFile.write(file, out -> {
                if (format == Format.XLSFORM) {
                    new XlsFormWriter(text, FORM_VERSION).write(out);
                    return;
                }
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                if (format == Format.CSV) {
                    writer.write('\ufeff'); // so that Excel reads the template as UTF-8
                    new CsvTemplateWriter().write(writer);
                } else {
                    new RedcapDictionaryWriter(text).write(writer);
                }
                writer.flush(); // not closed: AtomicFile closes the file before moving it into place
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
