package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report from the command line, read back with PDFBox's text extraction. */
class ReportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCENTED = "Centre de santé Montréal";
    private static final List<String> SITES = List.of("Prince George Drop-in", "Surrey Overdose Prevention Site",
            "Vancouver Supportive Housing", "Victoria Outreach");
    private static final Pattern COUNTS = Pattern.compile("\\((\\d+)/(\\d+)\\)");

    @TempDir
    static Path shared;
    private static Path db;

    @TempDir
    Path folder;

    record Pdf(String text, int pages, List<PDFont> fonts) {
    }

    /** The demo program (its Prince George site has 4 responses in 2022-03) and a site with an accented name. */
    @BeforeAll
    static void demo() {
        db = shared.resolve("program");
        assertThat(run("demo").status()).isZero();
        assertThat(run("sites", "add", ACCENTED, "--code", "CSM").status()).isZero();
    }

    private static CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    private static Pdf read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            return new Pdf(text, document.getNumberOfPages(), fonts);
        }
    }

    private Pdf report(String... options) throws IOException {
        Path file = folder.resolve("report-" + options.length + ".pdf");
        List<String> args = new ArrayList<>(List.of("report", "--out", file.toString()));
        args.addAll(List.of(options));
        CliRun run = run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        Pdf pdf = read(file);
        assertThat(run.out()).contains(file.toString(), "(" + pdf.pages() + " pages)");
        return pdf;
    }

    private static JsonNode trends(String... filters) throws IOException {
        List<String> args = new ArrayList<>(List.of("trends", "--json"));
        args.addAll(List.of(filters));
        return JSON.readTree(run(args.toArray(String[]::new)).out()).get("rows");
    }

    /** A trends row as the report writes it: the share to one decimal, as {@code trends} prints it, with count/n. */
    private static String figure(JsonNode row) {
        long count = row.get("count").asLong();
        long n = row.get("n").asLong();
        double pct = (double) count / n * 100;
        assertThat(pct).isCloseTo(row.get("pct").asDouble(), org.assertj.core.data.Offset.offset(0.006));
        return String.format(Locale.ROOT, "%.1f%% (%d/%d)", pct, count, n);
    }

    private static List<String> shown(JsonNode rows, Set<String> waves) {
        List<String> figures = new ArrayList<>();
        for (JsonNode row : rows) {
            if (!row.get("suppressed").asBoolean() && !row.get("pct").isNull()
                    && (waves.isEmpty() || waves.contains(row.get("wave").asText()))) {
                figures.add(figure(row));
            }
        }
        return figures;
    }

    @Test
    void programReportHoldsTheTrendsFiguresOfTheProgramAndOfEverySite() throws IOException {
        Pdf pdf = report();
        List<String> expected = new ArrayList<>(shown(trends(), Set.of()));
        List<String> siteFilters = new ArrayList<>();
        for (String site : SITES) {
            siteFilters.add("--site");
            siteFilters.add(site);
        }
        expected.addAll(shown(trends(siteFilters.toArray(String[]::new)), Set.of()));
        assertThat(expected).hasSizeGreaterThan(150);
        assertThat(pdf.text()).contains(expected);
        assertThat(pdf.text()).contains("PeerPulse program report", "Summary", "Financial stress", "Top stressors",
                "Health and wellbeing", "Professional quality of life (ProQOL 5)", "Interventions and their follow-up",
                "Methods note", "Interventions under way", "Alerts", "fewer than 5 respondents");
    }

    @Test
    void siteReportOverSomeWavesHoldsThatSitesFiguresInThoseWavesOnly() throws IOException {
        Pdf pdf = report("--site", "VIC", "--from", "2020-09", "--to", "2022-03");
        Set<String> inRange = Set.of("2020-09", "2021-03", "2021-09", "2022-03");
        List<String> expected = shown(trends("--site", "VIC"), inRange);
        assertThat(expected).hasSize(20);
        assertThat(pdf.text()).contains(expected).contains("PeerPulse site report: Victoria Outreach",
                "2020-09 to 2022-03 (4 waves");
        for (String outside : shown(trends("--site", "VIC", "--domain", "work"), Set.of("2019-09", "2023-03"))) {
            assertThat(pdf.text()).doesNotContain(outside);
        }
    }

    @Test
    void noFigureOfAHiddenGroupIsInTheProgramOrTheSmallSitesReport() throws IOException {
        for (Pdf pdf : List.of(report(), report("--site", "PG"))) {
            // every count/n in the text rests on at least k = 5 people
            Matcher counts = COUNTS.matcher(pdf.text());
            int found = 0;
            while (counts.find()) {
                found++;
                assertThat(Long.parseLong(counts.group(2))).as(counts.group()).isGreaterThanOrEqualTo(5);
            }
            assertThat(found).isGreaterThan(20);
            // no figure that trends hides (small, or hidden so that a small one cannot be worked out) is printed,
            // unless the very same figure is also a shown one
            Set<String> shownAnywhere = new HashSet<>(shown(trends(), Set.of()));
            List<String> hidden = new ArrayList<>();
            for (String site : SITES) {
                shownAnywhere.addAll(shown(trends("--site", site), Set.of()));
                JsonNode open = trends("--site", site, "--no-suppress");
                JsonNode protectedRows = trends("--site", site);
                for (int i = 0; i < open.size(); i++) {
                    if (protectedRows.get(i).get("suppressed").asBoolean() && !open.get(i).get("pct").isNull()) {
                        hidden.add(figure(open.get(i)));
                    }
                }
            }
            assertThat(hidden).as("the demo's hidden groups").isNotEmpty();
            // the health and ProQOL sections' shares are other measures: Prince George's poor health of 2019-09
            // (5 of 16) reads as its hidden high stress of 2021-09 in one domain, and both are the same text
            String text = pdf.text();
            String stressFigures = text.substring(0, text.indexOf("\nHealth and wellbeing"))
                    + text.substring(text.indexOf("\nInterventions and their follow-up"));
            for (String figure : hidden) {
                if (!shownAnywhere.contains(figure)) {
                    assertThat(stressFigures).doesNotContain(figure);
                }
            }
        }
        JsonNode small = trends("--site", "PG", "--domain", "trauma", "--no-suppress");
        assertThat(small.get(5).get("wave").asText()).isEqualTo("2022-03");
        assertThat(small.get(5).get("n").asInt()).isEqualTo(4);
    }

    @Test
    void pagesAreNumberedFontsEmbeddedAndAccentsRoundTrip() throws IOException {
        Pdf program = report();
        for (int page = 1; page <= program.pages(); page++) {
            assertThat(program.text()).contains("Page " + page + " of " + program.pages());
        }
        assertThat(program.text()).contains(ACCENTED);
        assertThat(program.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
        Pdf site = report("--site", ACCENTED);
        assertThat(site.text()).contains("PeerPulse site report: " + ACCENTED, "Site " + ACCENTED + " (CSM)");
        assertThat(site.fonts()).allMatch(PDFont::isEmbedded);
    }

    @Test
    void badOptionsExitTwoWithOneSentenceAndWriteNothing() throws IOException {
        Map<List<String>, String> cases = Map.of(
                List.of("--out", "x.pdf", "--site", "Nowhere"), "--site: \"Nowhere\" is not a site",
                List.of("--out", "x.pdf", "--from", "1999-01"), "--from: \"1999-01\" is not a wave",
                List.of("--out", "x.pdf", "--to", "2030"), "--to: \"2030\" is not a wave",
                List.of("--out", "x.pdf", "--from", "2022-03", "--to", "2020-03"),
                "--from 2022-03 comes after --to 2020-03",
                List.of("--out", "x.txt"), "must end in .pdf");
        for (var entry : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("report"));
            for (String arg : entry.getKey()) {
                args.add(arg.startsWith("x.") ? folder.resolve(arg).toString() : arg);
            }
            CliRun run = run(args.toArray(String[]::new));
            assertThat(run.status()).as(entry.getKey().toString()).isEqualTo(2);
            assertThat(run.err()).contains(entry.getValue());
            assertThat(run.err().strip().lines()).hasSize(1);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
