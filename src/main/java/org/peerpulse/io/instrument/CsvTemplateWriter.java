package org.peerpulse.io.instrument;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.io.CanonicalCsvWriter;
import org.peerpulse.io.ParsedRow;

/** A blank PSP-1 CSV template: the canonical header row and one example row that imports as it is. */
public final class CsvTemplateWriter {

    public void write(Writer out) throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (StressDomain domain : StressDomain.values()) {
            domain.itemCodes().forEach(code -> answers.put(code, "3"));
        }
        answers.put("fin_overall", "4");
        answers.put(Psp1.TOP3, "financial housing caring");
        answers.put("srh", "3");
        answers.put("srmh", "4");
        answers.put("qol", "3");
        answers.put("employment", "casual");
        answers.put("housing_status", "unstable");
        answers.put("debrief", "no");
        answers.put("od_responses", "6_20");
        answers.put("stay_12m", "unsure");
        answers.put(Psp1.COMMENT, "Example row: replace it with real answers, or delete it.");
        new CanonicalCsvWriter().write(out, List.of(new ParsedRow(2, "Example Site", "2024-03", "XY07", "2024-03-15",
                null, answers)));
    }
}
