package org.peerpulse.io.instrument;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.ValueSet;

/**
 * PSP-1 as a REDCap data dictionary (the 18 columns REDCap reads), with choice codes equal to the
 * PSP-1 value codes so that a raw export imports back as it is — the checkbox {@code top3} exports
 * as {@code top3___financial} and so on.
 */
public final class RedcapDictionaryWriter {
    static final List<String> COLUMNS = List.of("Variable / Field Name", "Form Name", "Section Header", "Field Type",
            "Field Label", "Choices, Calculations, OR Slider Labels", "Field Note",
            "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation Max", "Identifier?",
            "Branching Logic (Show field only if...)", "Required Field?", "Custom Alignment",
            "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?", "Field Annotation");
    static final String FORM = "psp1";

    private final Psp1Text text;

    public RedcapDictionaryWriter(Psp1Text text) {
        this.text = text;
    }

    public void write(Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
        csv.printRecord(row("record_id", "", "text", "Record ID", "", "", "", ""));
        csv.printRecord(row(Psp1.SITE, "", "text", text.text("meta.site"), "", text.text("meta.site.hint")
                + " Multi-site projects may use data access groups instead.", "y", ""));
        csv.printRecord(row(Psp1.WAVE, "", "text", text.text("meta.wave"), "", text.text("meta.wave.hint")
                + " Longitudinal projects may use events instead.", "y", ""));
        csv.printRecord(row(Psp1.RESPONDENT, "", "text", text.text("meta.respondent"), "",
                text.text("meta.respondent.hint"), "", ""));
        for (StressDomain domain : StressDomain.values()) {
            String section = text.group(domain) + ": " + text.text("intro.stress");
            for (String code : domain.itemCodes()) {
                csv.printRecord(question(Psp1.item(code).orElseThrow(), section));
                section = "";
            }
        }
        List<String> rest = new ArrayList<>(List.of(Psp1.TOP3, "srh", "srmh", "qol", "employment", "housing_status",
                "debrief", "od_responses", "stay_12m", Psp1.COMMENT));
        for (int i = 1; i <= Psp1.PROQOL_ITEMS; i++) {
            rest.add(Psp1.proqolItem(i));
        }
        for (String code : rest) {
            String section = code.equals("srh") ? text.text("group.health") : code.equals("employment")
                    ? text.text("group.context") : code.equals("pq01") ? text.text("group.proqol") : "";
            csv.printRecord(question(Psp1.item(code).orElseThrow(), section));
        }
        csv.flush();
    }

    private List<String> question(Item item, String section) {
        String type = item.kind() == ItemKind.TEXT ? "notes" : item.kind() == ItemKind.MULTIPLE ? "checkbox" : "radio";
        String annotation = item.kind() == ItemKind.MULTIPLE ? "@MAXCHECKED=" + Psp1.TOP3_MAX_CHOICES : "";
        return row(item.code(), section, type, text.question(item), choices(item.values()), "", "", annotation);
    }

    private String choices(ValueSet values) {
        return values.codes().stream().map(code -> code + ", " + text.choice(values, code))
                .collect(Collectors.joining(" | "));
    }

    private static List<String> row(String name, String section, String type, String label, String choices,
                                    String note, String required, String annotation) {
        String[] cells = new String[COLUMNS.size()];
        Arrays.fill(cells, "");
        cells[0] = name;
        cells[1] = FORM;
        cells[2] = section;
        cells[3] = type;
        cells[4] = label;
        cells[5] = choices;
        cells[6] = note;
        cells[12] = required;
        cells[17] = annotation;
        return List.of(cells);
    }
}
