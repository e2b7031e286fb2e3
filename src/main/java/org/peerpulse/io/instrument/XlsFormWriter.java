package org.peerpulse.io.instrument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.ValueSet;

/**
 * PSP-1 as an XLSForm (survey, choices and settings sheets) that KoboToolbox and ODK accept as it
 * is: question names are the PSP-1 codes, list names the value-set codes and choice names the value
 * codes, so that an export in "XML values and headers" imports back with no mapping.
 */
public final class XlsFormWriter {
    static final List<String> SURVEY_COLUMNS = List.of("type", "name", "label", "hint", "required", "constraint",
            "constraint_message");
    static final String FORM_ID = "psp1";

    private final Psp1Text text;
    private final String version;

    /** @param version the form's version string (KoboToolbox shows it as __version__) */
    public XlsFormWriter(Psp1Text text, String version) {
        this.text = text;
        this.version = version;
    }

    public void write(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "PeerPulse", "1.0");
        survey(workbook.newWorksheet("survey"));
        choices(workbook.newWorksheet("choices"));
        settings(workbook.newWorksheet("settings"));
        workbook.finish();
    }

    private void survey(Worksheet sheet) {
        Rows rows = new Rows(sheet, SURVEY_COLUMNS);
        rows.add("start", "start", "", "", "", "", "");
        rows.add("end", "end", "", "", "", "", "");
        rows.add("text", Psp1.SITE, text.text("meta.site"), text.text("meta.site.hint"), "yes", "", "");
        rows.add("text", Psp1.WAVE, text.text("meta.wave"), text.text("meta.wave.hint"), "yes", "", "");
        rows.add("text", Psp1.RESPONDENT, text.text("meta.respondent"), text.text("meta.respondent.hint"), "",
                "not(contains(., '@')) and not(regex(., '^[0-9 +().-]{7,}$'))", text.text("meta.respondent.constraint"));
        for (StressDomain domain : StressDomain.values()) {
            rows.add("begin_group", domain.code(), text.group(domain), text.text("intro.stress"), "", "", "");
            domain.itemCodes().forEach(code -> question(rows, Psp1.item(code).orElseThrow()));
            rows.add("end_group", domain.code(), "", "", "", "", "");
        }
        rows.add("select_multiple " + ValueSet.TOP3.code(), Psp1.TOP3, text.text("item.top3"), "", "",
                "count-selected(.) <= " + Psp1.TOP3_MAX_CHOICES, text.text("item.top3.constraint"));
        group(rows, "health", text.text("group.health"), "", List.of("srh", "srmh", "qol"));
        group(rows, "context", text.text("group.context"), "", List.of("employment", "housing_status", "debrief",
                "od_responses", "stay_12m", Psp1.COMMENT));
        List<String> proqol = new java.util.ArrayList<>();
        for (int i = 1; i <= Psp1.PROQOL_ITEMS; i++) {
            proqol.add(Psp1.proqolItem(i));
        }
        group(rows, "proqol", text.text("group.proqol"), text.text("group.proqol.hint"), proqol);
    }

    private void group(Rows rows, String name, String label, String hint, List<String> codes) {
        rows.add("begin_group", name, label, hint, "", "", "");
        codes.forEach(code -> question(rows, Psp1.item(code).orElseThrow()));
        rows.add("end_group", name, "", "", "", "", "");
    }

    private void question(Rows rows, Item item) {
        String type = item.kind() == ItemKind.TEXT ? "text" : "select_one " + item.values().code();
        rows.add(type, item.code(), text.question(item), "", "", "", "");
    }

    private void choices(Worksheet sheet) {
        Rows rows = new Rows(sheet, List.of("list_name", "name", "label"));
        Set<ValueSet> lists = new LinkedHashSet<>();
        Psp1.items().stream().filter(i -> i.kind() != ItemKind.TEXT).forEach(i -> lists.add(i.values()));
        for (ValueSet values : lists) {
            values.codes().forEach(code -> rows.add(values.code(), code, text.choice(values, code)));
        }
    }

    private void settings(Worksheet sheet) {
        Rows rows = new Rows(sheet, List.of("form_title", "form_id", "version"));
        rows.add(text.text("form.title"), FORM_ID, version);
    }

    /** Writes a header, then rows under it, as text cells. */
    private static final class Rows {
        private final Worksheet sheet;
        private int next = 1;

        Rows(Worksheet sheet, List<String> header) {
            this.sheet = sheet;
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
        }

        void add(String... cells) {
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    sheet.value(next, c, cells[c]);
                }
            }
            next++;
        }
    }
}
