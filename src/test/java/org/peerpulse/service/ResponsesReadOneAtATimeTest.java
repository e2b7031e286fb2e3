package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.analysis.CrossTab;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.analysis.Variable;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.io.Progress;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportFormat;
import org.peerpulse.io.export.InertText;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SummaryRepository;

/**
 * Issue 8: cross-tabs, ProQOL and the responses export read one response at a time, the analyses
 * only the answers they use (a provincial program's 9 million answers, read whole, ran out of a
 * 512 MB heap). What they give must not change: the same tables and summaries as from every
 * stored answer, for every variable, and every stored response in the export as it is.
 */
class ResponsesReadOneAtATimeTest {
    @TempDir
    Path folder;
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AppContext context = new AppContext(database, Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyCrossTabEqualsTheOneFromEveryStoredAnswer() {
        context.demo().load(2019);
        ProgramSettings settings = context.associations().settings();
        List<Response> every = new ResponseRepository(database, Clock.systemUTC()).find(Set.of(), Set.of());
        Wave wave = context.program().findWave("2023-03").orElseThrow();
        Site site = context.program().findSite("VIC").orElseThrow();
        List<String> variables = Stream.concat(
                Psp1.items().stream().filter(item -> item.kind() == ItemKind.SINGLE).map(Item::code),
                Stream.concat(Stream.of(StressDomain.values()).map(d -> "high_" + d.code()),
                        Stream.of("poor_health", "poor_mental_health", "low_qol"))).toList();
        // the sites' waves whose responses the sites view hides are hidden whole in every table
        MeasureCalculator calculator = new Calculators(new SummaryRepository(database),
                new org.peerpulse.storage.SettingsRepository(database)).forProgram(false);
        int compared = 0;
        for (String rows : variables) {
            for (String columns : List.of("housing_status", "high_financial", "poor_health", rows)) {
                Variable r = Variable.named(rows, settings).orElseThrow();
                Variable c = Variable.named(columns, settings).orElseThrow();
                SmallNumbers shown = new SmallNumbers(settings.minGroupSize(), true);
                assertThat(text(context.associations().crosstab(rows, columns, null, null, true)))
                        .as(rows + " × " + columns).isEqualTo(text(CrossTab.of(r, c, every, null, null, shown)));
                CrossTab.Counting counting = new CrossTab.Counting(r, c);
                every.forEach(counting);
                assertThat(text(context.associations().crosstab(rows, columns, wave, site, false)))
                        .as(rows + " × " + columns + " at Victoria in 2023-03").isEqualTo(text(counting.result(
                                new SmallNumbers(settings.minGroupSize(), false), calculator::responsesHidden,
                                site.id(), wave.id())));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(context.associations().crosstab("high_financial", "housing_status", null, null, true).n())
                .as("the demo's answers are counted, not an empty table").isGreaterThan(500L);
    }

    /** A pair of variables' counts are kept between filters, and read again once a write has committed. */
    @Test
    void theCountsKeptBetweenFiltersAreReadAgainAfterAWrite() {
        context.demo().load(2019);
        Site victoria = context.program().findSite("VIC").orElseThrow();
        Wave wave = context.program().findWave("2023-03").orElseThrow();
        Long before = context.associations().crosstab("housing_status", "high_financial", null, null, true).n();
        Long atVictoria = context.associations().crosstab("housing_status", "high_financial", wave, victoria, true).n();
        ResponseRepository stored = new ResponseRepository(database, Clock.systemUTC());
        List<Response> copies = stored.find(Set.of(victoria.id()), Set.of(wave.id())).stream()
                .filter(r -> r.answer("housing_status").isPresent() && r.answer("fin_overall").isPresent()).limit(3)
                .map(r -> new Response(r.site(), r.wave(), null, null, null, r.answers())).toList();
        try (var tx = database.begin()) {
            stored.insertAll(tx, copies);
            tx.commit();
        }
        assertThat(context.associations().crosstab("housing_status", "high_financial", null, null, true).n())
                .isEqualTo(before + 3);
        assertThat(context.associations().crosstab("housing_status", "high_financial", wave, victoria, true).n())
                .isEqualTo(atVictoria + 3);
    }

    @Test
    void proQolSummariesEqualTheOnesFromEveryStoredAnswer() {
        context.demo().load(2019);
        List<ProQolSummary.Scored> every = new ArrayList<>();
        new ResponseRepository(database, Clock.systemUTC()).find(Set.of(), Set.of()).stream()
                .filter(r -> r.answers().keySet().stream().anyMatch(code -> code.startsWith("pq")))
                .forEach(r -> every.add(ProQolSummary.Scored.of(r)));
        SmallNumbers rules = new SmallNumbers(context.associations().settings().minGroupSize(), false);
        assertThat(every).hasSizeGreaterThan(100);
        assertThat(text(context.proqol().summary(null, null, false)))
                .isEqualTo(text(ProQolSummary.of(every, null, null, rules, (s, w) -> false)));
        for (Site site : context.program().sites()) {
            assertThat(text(context.proqol().summary(site, null, false))).as(site.name())
                    .isEqualTo(text(ProQolSummary.of(every, site.id(), null, rules, (s, w) -> false)));
        }
    }

    /** Everything a cross-tab shows: its variables, every cell and total as shown, n and the test. */
    private static String text(CrossTab table) {
        return table.rows().code() + " × " + table.columns().code() + "\n" + text(table.counts()) + "n=" + table.n()
                + " " + table.test();
    }

    private static String text(ProQolSummary summary) {
        StringBuilder text = new StringBuilder();
        for (ProQolSummary.Subscale s : summary.subscales()) {
            text.append(s.kind()).append(" n=").append(s.n()).append(' ').append(s.mean()).append(" suppressed=")
                    .append(s.suppressed()).append('\n').append(text(s.bands()));
        }
        return text.toString();
    }

    private static String text(SuppressedTable table) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < table.rows(); i++) {
            for (int j = 0; j < table.columns(); j++) {
                text.append(table.label(table.cell(i, j), Long::toString)).append(' ');
            }
            if (table.totals().rows()) {
                text.append("| ").append(table.label(table.rowTotal(i), Long::toString));
            }
            text.append('\n');
        }
        if (table.totals().columns()) {
            for (int j = 0; j < table.columns(); j++) {
                text.append(table.label(table.columnTotal(j), Long::toString)).append(' ');
            }
        }
        if (table.totals().grand()) {
            text.append("| ").append(table.label(table.grandTotal(), Long::toString));
        }
        return text.append('\n').toString();
    }

    @Test
    void everyRowOfTheFileIsAStoredResponseAsItIs() throws IOException {
        context.demo().load(2019);
        // a minimum group size of 3: every site's wave of the demo is large enough to be given out
        var settings = context.program().settings();
        context.program().saveSettings(new org.peerpulse.domain.ProgramSettings(settings.highStressThreshold(), 3,
                settings.alertPercent()));
        Path file = folder.resolve("responses.csv");
        ExportService.SavedResponses saved = context.exports().saveResponses(new ResponseExport(List.of(), true, true,
                true), new ExportService.Target(file, ExportFormat.CSV, CsvSeparator.COMMA), Progress.NONE);
        assertThat(saved.leftOut()).isZero();
        long written = saved.written();
        List<Response> stored = new ResponseRepository(database, Clock.systemUTC()).find(Set.of(), Set.of());
        Map<SiteId, String> site = context.program().sites().stream().collect(Collectors.toMap(Site::id, Site::name));
        Map<WaveId, String> wave = context.program().waves().stream().collect(Collectors.toMap(Wave::id, Wave::label));

        List<CSVRecord> rows;
        try (CSVParser csv = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = csv.getRecords();
        }
        assertThat(written).isEqualTo(stored.size());
        assertThat(rows).hasSizeGreaterThan(500);
        // in an order of their own (ResponsesExportOrderTest), not the stored one: the same rows as a whole
        List<List<String>> expected = new ArrayList<>();
        for (Response response : stored) {
            List<String> row = new ArrayList<>(List.of(site.get(response.site()), wave.get(response.wave()),
                    nullToEmpty(response.respondent()), nullToEmpty(response.submitted())));
            for (var item : Psp1.items()) {
                row.add(InertText.forCsv(nullToEmpty(response.answers().get(item.code()))));
            }
            expected.add(row);
        }
        assertThat(rows.stream().map(CSVRecord::toList).toList()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theResponsesOfASiteWaveTooSmallToShowAreLeftOutWithTheOnesHiddenBesideIt() throws IOException {
        // Prince George in 2022-03: 4 responses; Vancouver hidden beside it in that wave (the wave's total is
        // known), and each of the two sites in one more wave (each site's total is known too)
        context.demo().load(2019);
        Path file = folder.resolve("responses.csv");
        ExportService.SavedResponses saved = context.exports().saveResponses(ResponseExport.deIdentified(List.of()),
                new ExportService.Target(file, ExportFormat.CSV, CsvSeparator.COMMA), Progress.NONE);
        List<CSVRecord> rows;
        try (CSVParser csv = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = csv.getRecords();
        }
        Map<String, Long> bySiteWave = rows.stream().collect(Collectors.groupingBy(
                row -> row.get(0) + " " + row.get(Psp1.WAVE), Collectors.counting()));
        assertThat(bySiteWave).doesNotContainKeys("Prince George Drop-in 2022-03", "Vancouver Supportive Housing 2022-03");
        assertThat(bySiteWave).allSatisfy((group, n) -> assertThat(n).as(group).isGreaterThanOrEqualTo(5));
        List<Response> all = new ResponseRepository(database, Clock.systemUTC()).find(Set.of(), Set.of());
        Map<SiteId, String> site = context.program().sites().stream().collect(Collectors.toMap(Site::id, Site::name));
        Map<WaveId, String> wave = context.program().waves().stream().collect(Collectors.toMap(Wave::id, Wave::label));
        Set<String> leftOut = all.stream().map(r -> site.get(r.site()) + " " + wave.get(r.wave()))
                .filter(group -> !bySiteWave.containsKey(group)).collect(Collectors.toSet());
        assertThat(leftOut).as("two sites in two waves").hasSize(4)
                .allMatch(group -> group.startsWith("Prince George Drop-in ") || group.startsWith("Vancouver Supportive Housing "))
                .filteredOn(group -> group.endsWith(" 2022-03")).hasSize(2);
        assertThat(leftOut.stream().map(group -> group.substring(group.lastIndexOf(' ') + 1)).distinct()).hasSize(2);
        assertThat(saved.groupsLeftOut()).isEqualTo(4);
        assertThat(saved.written()).isEqualTo(rows.size());
        assertThat(saved.written() + saved.leftOut()).isEqualTo(all.size());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
