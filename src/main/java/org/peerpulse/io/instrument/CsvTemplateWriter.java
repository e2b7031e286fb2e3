package org.peerpulse.io.instrument;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.peerpulse.io.CanonicalCsvWriter;
import org.peerpulse.io.TemplateExample;

/**
 * A blank PSP-1 CSV template: the canonical header row and one example row of valid answers that
 * shows how they are written. The import refuses the example row itself ({@link TemplateExample}),
 * so that a template filled in below it, or sent back as it is, adds no one's response.
 */
public final class CsvTemplateWriter {

    public void write(Writer out) throws IOException {
        new CanonicalCsvWriter().write(out, List.of(TemplateExample.ROW));
    }
}
