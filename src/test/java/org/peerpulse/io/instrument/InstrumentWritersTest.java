package org.peerpulse.io.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.ValueSet;
import org.peerpulse.io.CanonicalCsvReader;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.ParsedFile;
import org.peerpulse.io.Progress;
import org.peerpulse.io.TemplateExample;

/** The instrument as KoboToolbox/ODK, REDCap and a CSV template read it, checked against their rules. */
class InstrumentWritersTest {
    private final Psp1Text text = new Psp1Text(Locale.ENGLISH);

    private Map<String, List<Map<String, String>>> readXlsForm() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsFormWriter(text, "test-1").write(out);
        Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<Row> rows = sheet.read();
                List<String> header = new ArrayList<>();
                rows.get(0).forEach(cell -> header.add(cell == null ? "" : cell.getRawValue()));
                List<Map<String, String>> records = new ArrayList<>();
                for (Row row : rows.subList(1, rows.size())) {
                    Map<String, String> record = new HashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        record.put(header.get(c), row.getCellAsString(c).orElse(""));
                    }
                    records.add(record);
                }
                sheets.put(sheet.getName(), records);
            }
        }
        return sheets;
    }

    @Test
    void theXlsFormFollowsTheXlsFormRulesAndNamesEveryItemByItsCode() throws IOException {
        Map<String, List<Map<String, String>>> form = readXlsForm();
        assertThat(form.keySet()).containsExactly("survey", "choices", "settings");
        List<Map<String, String>> survey = form.get("survey");
        Set<String> names = new HashSet<>();
        Deque<String> groups = new ArrayDeque<>();
        Map<String, String> typeByName = new HashMap<>();
        for (Map<String, String> row : survey) {
            String type = row.get("type");
            String name = row.get("name");
            assertThat(name).as("every row has a name").matches("[A-Za-z_][A-Za-z0-9_.-]*");
            if (type.equals("begin_group")) {
                groups.push(name);
            } else if (type.equals("end_group")) {
                assertThat(groups.pop()).isEqualTo(name);
            } else {
                assertThat(names.add(name)).as("unique name " + name).isTrue();
                typeByName.put(name, type);
                if (!type.equals("start") && !type.equals("end")) {
                    assertThat(row.get("label")).as("label of " + name).isNotBlank();
                }
            }
        }
        assertThat(groups).as("groups balanced").isEmpty();
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (Map<String, String> row : form.get("choices")) {
            choices.computeIfAbsent(row.get("list_name"), k -> new ArrayList<>()).add(row.get("name"));
            assertThat(row.get("label")).isNotBlank();
        }
        for (Item item : Psp1.items()) {
            String type = typeByName.get(item.code());
            assertThat(type).as(item.code()).isNotNull();
            if (item.kind() == ItemKind.TEXT) {
                assertThat(type).isEqualTo("text");
                continue;
            }
            String list = type.substring(type.indexOf(' ') + 1);
            assertThat(type).startsWith(item.kind() == ItemKind.MULTIPLE ? "select_multiple " : "select_one ");
            assertThat(choices.get(list)).as("choices of " + item.code()).containsExactlyElementsOf(item.values().codes());
        }
        assertThat(typeByName).containsEntry("site", "text").containsEntry("wave", "text").doesNotContainKey("submitted");
        Map<String, String> top3 = survey.stream().filter(r -> r.get("name").equals("top3")).findFirst().orElseThrow();
        assertThat(top3.get("constraint")).isEqualTo("count-selected(.) <= 3");
        assertThat(survey.stream().filter(r -> r.get("name").equals("site")).findFirst().orElseThrow().get("required"))
                .isEqualTo("yes");
        Map<String, String> settings = form.get("settings").get(0);
        assertThat(settings.get("form_id")).isEqualTo("psp1");
        assertThat(settings.get("form_title")).contains("PSP-1");
        assertThat(settings.get("version")).isEqualTo("test-1");
    }

    @Test
    void theRedcapDictionaryHasItsEighteenColumnsAndPsp1CodesAsChoiceCodes() throws IOException {
        StringWriter out = new StringWriter();
        new RedcapDictionaryWriter(text).write(out);
        try (CSVParser csv = CSVParser.parse(new StringReader(out.toString()), CSVFormat.RFC4180)) {
            List<CSVRecord> records = csv.getRecords();
            assertThat(records.get(0).toList()).containsExactlyElementsOf(RedcapDictionaryWriter.COLUMNS).hasSize(18);
            assertThat(records.get(1).get(0)).isEqualTo("record_id");
            Map<String, CSVRecord> byName = new HashMap<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                assertThat(record.size()).isEqualTo(18);
                String name = record.get(0);
                assertThat(name).matches("[a-z][a-z0-9_]{0,25}");
                assertThat(byName.put(name, record)).as("unique " + name).isNull();
            }
            for (Item item : Psp1.items()) {
                CSVRecord field = byName.get(item.code());
                assertThat(field).as(item.code()).isNotNull();
                String type = field.get(3);
                assertThat(type).isEqualTo(item.kind() == ItemKind.TEXT ? "notes"
                        : item.kind() == ItemKind.MULTIPLE ? "checkbox" : "radio");
                if (item.kind() != ItemKind.TEXT) {
                    List<String> codes = new ArrayList<>();
                    for (String choice : field.get(5).split("\\s*\\|\\s*")) {
                        codes.add(choice.substring(0, choice.indexOf(',')).strip());
                    }
                    assertThat(codes).as(item.code()).containsExactlyElementsOf(item.values().codes());
                    assertThat(codes).allMatch(code -> code.matches("[A-Za-z0-9_]+"));
                }
            }
            assertThat(byName.get("top3").get(17)).isEqualTo("@MAXCHECKED=3");
        }
    }

    @Test
    void theCsvTemplateHasTheCanonicalHeaderAndAnExampleRowOfValidAnswersThatIsNotImported() throws IOException {
        StringWriter out = new StringWriter();
        new CsvTemplateWriter().write(out);
        String template = out.toString();
        assertThat(template.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", Psp1.canonicalColumns()));

        ParsedFile asWritten = readCanonical(template);
        assertThat(asWritten.problems()).extracting(ImportProblem::sentence).containsExactly("template.csv, row 2: is"
                + " the template's example row; replace it with real answers, or delete it.");
        assertThat(asWritten.rows()).isEmpty();
        // its comment gone, the rest is still the example; filled in over it but for the comment, still the example
        assertThat(readCanonical(template.replace("\"Example row: replace it with real answers, or delete it.\"", ""))
                .problems()).hasSize(1);
        assertThat(readCanonical(template.replace("Example Site,2024-03,XY07", "Victoria,2023-09,AB12")).problems())
                .hasSize(1);
        // answered over the example, comment included: every value of the example is a valid answer
        ParsedFile filledIn = readCanonical(template.replace("Example Site,2024-03,XY07", "Victoria,2023-09,AB12")
                .replace("Example row: replace it with real answers, or delete it.", "More debriefs please"));
        assertThat(filledIn.problems()).isEmpty();
        assertThat(filledIn.rows()).singleElement().satisfies(row -> assertThat(row.answers())
                .hasSize(TemplateExample.ROW.answers().size()).containsEntry("comment", "More debriefs please"));
    }

    private static ParsedFile readCanonical(String text) {
        return new CanonicalCsvReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "template.csv", null, Progress.NONE);
    }

    @Test
    void everyItemAndChoiceHasWordingAndLabelsReadBackToCodes() {
        for (Item item : Psp1.items()) {
            assertThat(text.question(item)).isNotBlank();
        }
        for (ValueSet values : ValueSet.values()) {
            Map<String, String> byLabel = text.choiceCodeByLabel(values);
            assertThat(byLabel.values()).containsExactlyElementsOf(values.codes());
        }
    }
}
