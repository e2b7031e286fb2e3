package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.Progress;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.storage.Database;

class ReportServiceTest {
    private static final Clock MAY_DAY = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), MAY_DAY);

    @AfterEach
    void close() {
        context.close();
    }

    private static String text(ReportResult result) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.file().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(result.pages());
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void aProgramWithNoDataStillGetsAReportThatSaysSo() throws IOException {
        ReportResult result = context.reports().write(ReportRequest.program(), folder.resolve("empty.pdf"),
                Progress.NONE);
        assertThat(result.pages()).isGreaterThanOrEqualTo(5);
        assertThat(text(result)).contains("PeerPulse program report", "none (the program has no waves yet)",
                "No wave covered by this report has responses", "Made on 2024-05-01", "Methods note", "No sites yet")
                .doesNotContain("demo data");
    }

    @Test
    void aSiteReportShowsThatSitesInterventionsAndFollowUpOnly() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        Site victoria = context.program().findSite("VIC").orElseThrow();
        ReportResult result = context.reports().write(new ReportRequest(victoria, null, null),
                folder.resolve("vic.pdf"), Progress.NONE);
        assertThat(result.request().site()).isEqualTo(victoria);
        String text = text(result).replaceAll("\\s+", " ");
        assertThat(text).contains("PeerPulse site report: Victoria Outreach",
                "Debriefing circles after critical incidents: High stress in the Death and trauma domain at Victoria Outreach")
                .doesNotContain("Wage top-up to the living wage", "at Surrey Overdose Prevention Site went from");
    }

    @Test
    void aReportOfSomeWavesTestsTheTrendAcrossThoseWavesOnly() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        var waves = context.program().waves();
        String three = text(context.reports().write(new ReportRequest(null, waves.get(2), waves.get(4)),
                folder.resolve("three.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(three).contains("Cochran\u2013Armitage test over the 3 that can be shown")
                .doesNotContainPattern("over the [4-8] that can be shown");
        String one = text(context.reports().write(new ReportRequest(null, waves.get(7), waves.get(7)),
                folder.resolve("one.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(one).contains("Trend across the waves covered (All sites): not tested")
                .doesNotContain("Cochran\u2013Armitage test over the");
        String all = text(context.reports().write(ReportRequest.program(), folder.resolve("all.pdf"), Progress.NONE))
                .replaceAll("\\s+", " ");
        assertThat(all).contains("Cochran\u2013Armitage test over the 8 that can be shown");
    }

    @Test
    void theSmallNumberRuleItStatesIsTheOneItsTablesFollow() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        String text = text(context.reports().write(ReportRequest.program(), folder.resolve("program.pdf"), Progress.NONE))
                .replaceAll("\\s+", " ");
        assertThat(text).as("a share of a group of 5 or more shows its count, even from 1 to 4")
                .containsPattern("\\([1-4]/\\d{2}\\)");
        assertThat(text).as("so the rule on the title page and in the methods says so, twice")
                .containsPattern("(?s)a share of a group of 5 or more is shown with its count.*a share of a group of 5 or"
                        + " more is shown with its count")
                .doesNotContain("respondents shows no figure at all, and a count from 1 to 4 shows as <5");
        assertThat(text).as("a site's intervention shaded on the program's chart says where it ran")
                .contains("Debriefing circles after critical incidents \u2013 Victoria Outreach",
                        "Shaded: when an intervention on this domain ran, at the sites it names.");
        assertThat(text).as("the health table's \"<5\" said under it: not a group of fewer than 5")
                .contains("\"<5\": a share is hidden when fewer than 5 gave the answers it counts, or when it would give a"
                        + " small count away beside the other sites' and the program's");
    }

    @Test
    void aProgramOfManySitesCountsThemOnTheTitlePageAndKeepsItsSummaryToTheFirstAlerts() throws IOException {
        ManySites.fill(context, folder, 30); // twelve sites at the alert level of 50% (3 of 6)
        assertThat(context.overview().latest(false).alerts()).hasSize(12);

        String text = text(context.reports().write(ReportRequest.program(), folder.resolve("many.pdf"), Progress.NONE));

        assertThat(text).contains("All 30 sites (each domain's table names them)").doesNotContain("Site 01, Site 02");
        String summary = text.substring(text.indexOf("Alerts"), text.indexOf("Interventions under way"));
        assertThat(summary.lines().filter(line -> line.startsWith("\u2022 Site "))).hasSize(8);
        assertThat(summary).contains("\u2026 and 4 more alerts, in the same order");
    }

    @Test
    void aSiteThatJoinedLateGetsItsOwnWavesNotTheProgramsEmptyOnes() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        Site nanaimo = context.program().addSite("Nanaimo Mobile", "NAN", "Island", org.peerpulse.domain.Setting.OUTREACH);
        var waves = context.program().waves();
        for (Wave wave : waves.subList(6, 8)) {
            for (int r = 0; r < 6; r++) {
                context.entry().save(new org.peerpulse.domain.Response(nanaimo.id(), wave.id(), null, null, null,
                        java.util.Map.of("fin_overall", String.valueOf(1 + r % 5))));
            }
        }
        String text = text(context.reports().write(new ReportRequest(nanaimo, null, null), folder.resolve("nan.pdf"),
                Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(text).contains("2022-09 to 2023-03 (2 waves, 2 with responses from the site)")
                .doesNotContain("8 waves").contains("Change since 2022-09")
                .containsPattern("Financial 33\\.3%\\u00a0\\(2/6\\) \\+0\\.0 points");
        String program = text(context.reports().write(ReportRequest.program(), folder.resolve("all.pdf"), Progress.NONE))
                .replaceAll("\\s+", " ");
        assertThat(program).contains("2019-09 to 2023-03 (8 waves, 8 with responses)");
        String fromTheStart = text(context.reports().write(new ReportRequest(nanaimo, waves.get(0), null),
                folder.resolve("nan-all.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(fromTheStart).as("asked from the first wave, it covers it").contains("(8 waves, 2 with responses from the site)");
    }

    @Test
    void aReportOfOneWaveComparesWithNoWaveOutsideIt() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        var waves = context.program().waves();
        String one = text(context.reports().write(new ReportRequest(null, waves.get(6), waves.get(6)),
                folder.resolve("one.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        String summary = one.substring(one.indexOf("Summary"), one.indexOf("Interventions under way"));
        assertThat(summary).contains("It is the first wave with responses the report covers, so there is no change to show.")
                .doesNotContain("2022-03").doesNotContain("a real rise since");
    }

    @Test
    void aLookBackDoesNotListAsUnderWayWhatBeganAfterIt() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        var waves = context.program().waves();
        String early = text(context.reports().write(new ReportRequest(null, null, waves.get(2)),
                folder.resolve("early.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        String underWay = early.substring(early.indexOf("Interventions under way"));
        underWay = underWay.substring(0, underWay.indexOf("Financial"));
        assertThat(underWay).as("up to 2020-09: nothing had begun").contains("None is under way.")
                .doesNotContain("Wage top-up", "Debriefing circles", "Housing navigation");
        assertThat(early).contains("No intervention had begun by the last wave covered.")
                .doesNotContain("Wage top-up", "2023-03", "2021-09");
        String toSeptember2021 = text(context.reports().write(new ReportRequest(null, null, waves.get(4)),
                folder.resolve("to-2021-09.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(toSeptember2021).as("its follow-up ends with the last wave covered")
                .contains("Debriefing circles after critical incidents: High stress in the Death and trauma domain")
                .doesNotContain("Wage top-up", "2022-03", "2023-03");
        String all = text(context.reports().write(ReportRequest.program(), folder.resolve("all.pdf"), Progress.NONE))
                .replaceAll("\\s+", " ");
        String now = all.substring(all.indexOf("Interventions under way"));
        assertThat(now.substring(0, now.indexOf("Financial"))).contains("Wage top-up", "Debriefing circles",
                "Housing navigation");
    }

    @Test
    void aReportOfTheDemoSaysSoOnEveryPageAndWarnsWhenRealDataIsMixedIn() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        ReportResult demo = context.reports().write(ReportRequest.program(), folder.resolve("demo.pdf"), Progress.NONE);
        String text = text(demo);
        assertThat(text.split("PeerPulse program report \\(demo data: invented workers\\) Page ", -1))
                .as("every page's footer").hasSize(demo.pages() + 1);
        assertThat(text.replaceAll("\\s+", " ")).contains("Demo data Every figure comes from the demo program");

        Site nanaimo = context.program().addSite("Nanaimo Mobile", "NAN", null, org.peerpulse.domain.Setting.OUTREACH);
        Wave latest = context.program().waves().get(7);
        for (int r = 0; r < 6; r++) {
            context.entry().save(new org.peerpulse.domain.Response(nanaimo.id(), latest.id(), null, null, null,
                    java.util.Map.of("fin_overall", "4")));
        }
        String mixed = text(context.reports().write(ReportRequest.program(), folder.resolve("mixed.pdf"), Progress.NONE))
                .replaceAll("\\s+", " ");
        assertThat(mixed).contains("PeerPulse program report (demo data mixed with real data)",
                "holds the demo's invented answers beside real ones");
        String site = text(context.reports().write(new ReportRequest(nanaimo, null, null), folder.resolve("nan.pdf"),
                Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(site).as("the site's own data is real; its waves are the demo's").contains("(demo data mixed with real data)");

        context.demo().remove();
        String real = text(context.reports().write(ReportRequest.program(), folder.resolve("real.pdf"), Progress.NONE));
        assertThat(real).doesNotContain("demo data");
    }

    @Test
    void everyLegendOfHiddenFiguresGivesBothReasonsForAGroupHiddenBesideASmallOne() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        // Prince George's 2021-09 (13 responses) is hidden only to protect its 4 of 2022-03
        String pg = text(context.reports().write(new ReportRequest(context.program().findSite("PG").orElseThrow(),
                null, null), folder.resolve("pg.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(pg).doesNotContain("Points are left out where a group has fewer than 5 responses.")
                .contains("Points are left out where a group shows no figure: fewer than 5 responses, or hidden to"
                        + " protect a small group.")
                .contains("<5: fewer than 5 responses, or hidden to protect a small group.")
                .doesNotContain("a whole group of fewer than 5 shows no figure")
                .contains("and neither does a larger group whose figures would let a small one be worked out");
        // Victoria's Housing of 2023-03 (7 of 25) is "<5", hidden to protect Prince George's 3
        String vic = text(context.reports().write(new ReportRequest(context.program().findSite("VIC").orElseThrow(),
                null, null), folder.resolve("vic.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(vic).doesNotContain("fewer than 5 chose it, or fewer than 5 answered.")
                .contains("<5: fewer than 5 chose it, or hidden to protect a small group; a whole group shows no figure"
                        + " (fewer than 5 responses, or hidden to protect a small group).");
    }

    @Test
    void aSiteThatDidNotFieldProQolIsToldSoWhereItsSectionWouldBe() throws IOException {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        String pg = text(context.reports().write(new ReportRequest(context.program().findSite("PG").orElseThrow(),
                null, null), folder.resolve("pg.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(pg).contains("Professional quality of life (ProQOL 5) ProQOL 5 was not fielded at this site in the"
                + " waves this report covers.");
        String vic = text(context.reports().write(new ReportRequest(context.program().findSite("VIC").orElseThrow(),
                null, null), folder.resolve("vic.pdf"), Progress.NONE)).replaceAll("\\s+", " ");
        assertThat(vic).contains("Professional quality of life (ProQOL 5) Subscale scores").doesNotContain("not fielded");
    }

    @Test
    void wavesInTheWrongOrderAreRefusedInOneSentence() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        var waves = context.program().waves();
        assertThatThrownBy(() -> context.reports().build(new ReportRequest(null, waves.get(3), waves.get(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The first wave of a report (2021-03) must not come after its last wave (2020-03).");
    }
}
