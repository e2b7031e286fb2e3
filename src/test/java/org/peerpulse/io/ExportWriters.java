package org.peerpulse.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;

/** Test-side writers of the shapes KoboToolbox and REDCap export, from parsed rows. */
final class ExportWriters {
    private static final List<String> CHOICES = Psp1.item(Psp1.TOP3).orElseThrow().values().codes();

    private ExportWriters() {
    }

    /** "XML values and headers", every field quoted; groups put items under stressors/<domain>/. */
    static String kobo(List<ParsedRow> rows, boolean groups, boolean semicolons) {
        String sep = semicolons ? ";" : ",";
        List<String> head = new ArrayList<>(List.of("start", "end", "site", "wave", "respondent"));
        for (Item item : Psp1.items()) {
            String path = groups ? (item.isStressItem() ? "stressors/" + item.stressDomain().orElseThrow().code()
                    + "/" : "more/") : "";
            head.add(path + item.code());
            if (item.kind() == ItemKind.MULTIPLE) {
                CHOICES.forEach(c -> head.add(path + item.code() + "/" + c));
            }
        }
        head.addAll(List.of("_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
                "_submitted_by", "__version__", "_tags", "_index"));
        StringBuilder out = new StringBuilder(line(head, sep, true));
        for (ParsedRow row : rows) {
            List<String> cells = new ArrayList<>(List.of("2020-03-04T11:25:01.123-08:00", "2020-03-04T11:31:44.532-08:00",
                    row.site(), row.wave(), blank(row.respondent())));
            for (Item item : Psp1.items()) {
                String answer = row.answers().get(item.code());
                cells.add(blank(answer));
                if (item.kind() == ItemKind.MULTIPLE) {
                    List<String> chosen = answer == null ? List.of() : Arrays.asList(answer.split(" "));
                    CHOICES.forEach(c -> cells.add(answer == null ? "" : chosen.contains(c) ? "1" : "0"));
                }
            }
            cells.addAll(List.of(String.valueOf(row.row()), row.sourceId().substring("kobo:".length()),
                    blank(row.submitted()), "", "", "submitted_via_web", "", "vHx3k", "", String.valueOf(row.row() - 1)));
            out.append(line(cells, sep, true));
        }
        return out.toString();
    }

    /** Raw data, longitudinal with data access groups: quoted only where needed, checkboxes as 1/0. */
    static String redcap(List<ParsedRow> rows) {
        List<String> head = new ArrayList<>(List.of("record_id", "redcap_event_name", "redcap_data_access_group",
                "psp1_timestamp", "respondent"));
        for (Item item : Psp1.items()) {
            if (item.kind() == ItemKind.MULTIPLE) {
                CHOICES.forEach(c -> head.add(item.code() + "___" + c));
            } else {
                head.add(item.code());
            }
        }
        head.add("psp1_complete");
        StringBuilder out = new StringBuilder(line(head, ",", false));
        for (ParsedRow row : rows) {
            String[] id = row.sourceId().split(":");
            String submitted = row.submitted() == null ? "[not completed]" : row.submitted().replace('T', ' ');
            List<String> cells = new ArrayList<>(List.of(id[1], id[2], row.site(), submitted, blank(row.respondent())));
            for (Item item : Psp1.items()) {
                String answer = row.answers().get(item.code());
                if (item.kind() == ItemKind.MULTIPLE) {
                    List<String> chosen = answer == null ? List.of() : Arrays.asList(answer.split(" "));
                    CHOICES.forEach(c -> cells.add(chosen.contains(c) ? "1" : "0"));
                } else {
                    cells.add(blank(answer));
                }
            }
            cells.add("2");
            out.append(line(cells, ",", false));
        }
        return out.toString();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String line(List<String> cells, String sep, boolean quoteAll) {
        StringBuilder out = new StringBuilder();
        for (String cell : cells) {
            if (out.length() > 0) {
                out.append(sep);
            }
            boolean quote = quoteAll || cell.contains(sep) || cell.contains("\"") || cell.contains("\n");
            out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return out.append("\r\n").toString();
    }
}
