package org.peerpulse.io.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.ValueSet;
import org.peerpulse.io.ParsedRow;

class DemoProgramTest {
    private static final DemoData DATA = DemoProgram.generate(DemoProgram.DEFAULT_SEED);
    private static final List<String> LABELS = List.of("2019-09", "2020-03", "2020-09", "2021-03", "2021-09",
            "2022-03", "2022-09", "2023-03");
    private static final String VICTORIA = "Victoria Outreach";
    private static final String SURREY = "Surrey Overdose Prevention Site";
    private static final String PRINCE_GEORGE = "Prince George Drop-in";
    private static final String VANCOUVER = "Vancouver Supportive Housing";

    @Test
    void sameSeedGivesIdenticalData() {
        assertThat(DemoProgram.generate(DemoProgram.DEFAULT_SEED)).isEqualTo(DATA);
    }

    @Test
    void differentSeedGivesDifferentAnswers() {
        List<Map<String, String>> other = DemoProgram.generate(7).responses().stream().map(ParsedRow::answers).toList();
        assertThat(other).isNotEqualTo(DATA.responses().stream().map(ParsedRow::answers).toList());
    }

    @Test
    void fourSitesWithFourDistinctSettings() {
        assertThat(DATA.sites()).extracting(DemoSite::name)
                .containsExactly(VICTORIA, SURREY, PRINCE_GEORGE, VANCOUVER);
        assertThat(DATA.sites()).extracting(DemoSite::setting).doesNotHaveDuplicates()
                .contains(Setting.OUTREACH, Setting.OVERDOSE_PREVENTION, Setting.DROP_IN, Setting.HOUSING);
    }

    @Test
    void eightWavesSixMonthsApartFromSeptember2019() {
        assertThat(DATA.waves()).extracting(DemoWave::label).containsExactlyElementsOf(LABELS);
        assertThat(DATA.waves().get(0).date()).hasToString("2019-09-15");
        for (int i = 1; i < DATA.waves().size(); i++) {
            assertThat(ChronoUnit.MONTHS.between(DATA.waves().get(i - 1).date(), DATA.waves().get(i).date()))
                    .isEqualTo(6);
            assertThat(DATA.waves().get(i).date().getDayOfMonth()).isEqualTo(15);
        }
    }

    @Test
    void everyAnswerIsAllowedByItsItem() {
        for (ParsedRow row : DATA.responses()) {
            row.answers().forEach((code, value) -> {
                Item item = Psp1.item(code).orElseThrow(() -> new AssertionError("unknown item " + code));
                if (item.kind() == ItemKind.SINGLE) {
                    assertThat(item.values().allows(value)).as("%s=%s", code, value).isTrue();
                } else if (item.kind() == ItemKind.MULTIPLE) {
                    List<String> choices = List.of(value.split(" "));
                    assertThat(choices).hasSizeBetween(1, Psp1.TOP3_MAX_CHOICES).doesNotHaveDuplicates()
                            .allMatch(item.values()::allows)
                            .isSortedAccordingTo((a, b) -> ValueSet.TOP3.codes().indexOf(a)
                                    - ValueSet.TOP3.codes().indexOf(b));
                } else {
                    assertThat(value).isNotBlank();
                }
            });
        }
    }

    @Test
    void rowsNameKnownSitesAndWavesAndAreNumberedFromOne() {
        Set<String> sites = DATA.sites().stream().map(DemoSite::name).collect(Collectors.toSet());
        for (int i = 0; i < DATA.responses().size(); i++) {
            ParsedRow row = DATA.responses().get(i);
            assertThat(row.row()).isEqualTo(i + 1);
            assertThat(sites).contains(row.site());
            assertThat(LABELS).contains(row.wave());
        }
    }

    @Test
    void everySiteWaveHas12To40RespondentsExceptPrinceGeorgeIn2022March() {
        Map<String, Long> counts = DATA.responses().stream()
                .collect(Collectors.groupingBy(r -> r.site() + "|" + r.wave(), Collectors.counting()));
        assertThat(counts).hasSize(32);
        counts.forEach((group, count) -> {
            if (group.equals(PRINCE_GEORGE + "|2022-03")) {
                assertThat(count).isEqualTo(4);
            } else {
                assertThat(count).as(group).isBetween(12L, 40L);
            }
        });
    }

    @Test
    void financialStressAtSurreyRisesAtLeast30Points() {
        double[] series = highStress(SURREY, StressDomain.FINANCIAL);
        assertThat(series[7] - series[0]).isGreaterThanOrEqualTo(30);
    }

    @Test
    void traumaAtPrinceGeorgePeaksIn2020September() {
        double[] series = highStress(PRINCE_GEORGE, StressDomain.TRAUMA);
        for (int i = 0; i < series.length; i++) {
            if (i != 2) {
                assertThat(series[2]).as("2020-09 vs %s", LABELS.get(i)).isGreaterThan(series[i]);
            }
        }
    }

    @Test
    void traumaAtVictoriaDropsAtLeast25PointsAfterDebriefingCircles() {
        double[] series = highStress(VICTORIA, StressDomain.TRAUMA);
        assertThat(mean(series, 0, 4) - mean(series, 4, 8)).isGreaterThanOrEqualTo(25);
    }

    @Test
    void housingAtVancouverDoesNotChangeAfterHousingNavigation() {
        double[] series = highStress(VANCOUVER, StressDomain.HOUSING);
        assertThat(mean(series, 3, 8) - mean(series, 0, 3)).isBetween(-12.0, 12.0);
        assertThat(mean(series, 0, 8)).isGreaterThan(50);
    }

    @Test
    void debriefIsMuchMoreCommonAtVictoriaAfterTheCircles() {
        assertThat(share(VICTORIA, 4, 8, "debrief", "yes") - share(VICTORIA, 0, 4, "debrief", "yes"))
                .isGreaterThan(30);
    }

    @Test
    void workersWithoutStableHousingMoreOftenReportHighFinancialStress() {
        assertThat(highShareAmong("housing_status", Set.of("unstable", "unhoused"), "fin_overall"))
                .isGreaterThan(highShareAmong("housing_status", Set.of("stable"), "fin_overall") + 20);
    }

    @Test
    void overdosePreventionSiteRespondsToMoreOverdoses() {
        assertThat(share(SURREY, 0, 8, "od_responses", "21_plus"))
                .isGreaterThan(share(VANCOUVER, 0, 8, "od_responses", "21_plus") + 20);
    }

    @Test
    void proqolIsAnsweredAtVictoriaOnlyInEveryWave() {
        Set<String> sites = new HashSet<>();
        Set<String> waves = new HashSet<>();
        for (ParsedRow row : DATA.responses()) {
            if (row.answers().keySet().stream().anyMatch(code -> code.startsWith("pq"))) {
                sites.add(row.site());
                waves.add(row.wave());
            }
        }
        assertThat(sites).containsExactly(VICTORIA);
        assertThat(waves).containsExactlyInAnyOrderElementsOf(LABELS);
    }

    @Test
    void respondentCodesAreUniqueWithinAWaveAndGivenByAboutHalf() {
        Map<String, Set<String>> seen = new HashMap<>();
        long coded = 0;
        for (ParsedRow row : DATA.responses()) {
            if (row.respondent() != null) {
                coded++;
                assertThat(row.respondent()).matches("[A-Z]{2}(0[1-9]|1[0-2])");
                assertThat(seen.computeIfAbsent(row.wave(), w -> new HashSet<>()).add(row.respondent()))
                        .as("%s in %s", row.respondent(), row.wave()).isTrue();
            }
        }
        assertThat(coded * 1.0 / DATA.responses().size()).isBetween(0.4, 0.6);
    }

    @Test
    void submittedWithinTheWavesFieldFortnight() {
        Map<String, DemoWave> waves = DATA.waves().stream().collect(Collectors.toMap(DemoWave::label, w -> w));
        for (ParsedRow row : DATA.responses()) {
            long days = ChronoUnit.DAYS.between(waves.get(row.wave()).date(), java.time.LocalDate.parse(row.submitted()));
            assertThat(days).isBetween(0L, 13L);
        }
    }

    @Test
    void commentsIncludeACommaALineBreakAndFrenchAccents() {
        List<String> comments = DATA.responses().stream().map(r -> r.answers().get(Psp1.COMMENT))
                .filter(c -> c != null).toList();
        assertThat(comments).anyMatch(c -> c.contains(",")).anyMatch(c -> c.contains("\n"))
                .anyMatch(c -> c.contains("É"));
        assertThat(comments.size() * 1.0 / DATA.responses().size()).isBetween(0.02, 0.07);
    }

    @Test
    void interventionsMarkTheThreeStoriesAndOnePlan() {
        assertThat(DATA.interventions()).extracting(DemoIntervention::supportName)
                .containsExactly("Debriefing after critical incidents", "Housing navigation", "Wage top-up",
                        "Photo IDs and business cards");
    }

    /** High-stress % (overall ≥ 4) of those who answered, per wave, in the order of the waves. */
    private static double[] highStress(String site, StressDomain domain) {
        double[] series = new double[LABELS.size()];
        for (int i = 0; i < LABELS.size(); i++) {
            String wave = LABELS.get(i);
            List<Integer> answers = DATA.responses().stream()
                    .filter(r -> r.site().equals(site) && r.wave().equals(wave))
                    .map(r -> r.answers().get(domain.overallItem())).filter(a -> a != null)
                    .map(Integer::valueOf).toList();
            series[i] = 100.0 * answers.stream().filter(a -> a >= 4).count() / answers.size();
        }
        return series;
    }

    private static double share(String site, int fromWave, int toWave, String item, String value) {
        List<String> answers = DATA.responses().stream()
                .filter(r -> r.site().equals(site) && LABELS.subList(fromWave, toWave).contains(r.wave()))
                .map(r -> r.answers().get(item)).filter(a -> a != null).toList();
        return 100.0 * answers.stream().filter(value::equals).count() / answers.size();
    }

    private static double highShareAmong(String item, Set<String> values, String overallItem) {
        List<Integer> answers = DATA.responses().stream()
                .filter(r -> r.answers().containsKey(item) && values.contains(r.answers().get(item)))
                .map(r -> r.answers().get(overallItem)).filter(a -> a != null).map(Integer::valueOf).toList();
        return 100.0 * answers.stream().filter(a -> a >= 4).count() / answers.size();
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
