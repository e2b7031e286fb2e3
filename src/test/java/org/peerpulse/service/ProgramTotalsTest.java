package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.WaveTrend;
import org.peerpulse.analysis.Wellbeing;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.SettingsRepository;
import org.peerpulse.storage.SummaryRepository;

/**
 * The whole program's figures come from the program's totals kept at write time (issue 8): they
 * are the figures every site's counts give for the whole program, shown or hidden alike, and a
 * committed write shows in them at once.
 */
class ProgramTotalsTest {
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AppContext context = new AppContext(database, Clock.systemUTC());
    private final Calculators calculators = new Calculators(new SummaryRepository(database),
            new SettingsRepository(database));

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theProgramsTotalsGiveTheFiguresOfEverySitesCounts() {
        context.demo().load(2019);
        assertSameWholeProgramFigures();
    }

    @Test
    void aSmallProgramIsHiddenFromItsTotalsAsFromItsSites() {
        Site site = context.program().addSite("Drop-in", null, null, Setting.DROP_IN);
        Wave wave = context.program().addWave("2026 spring", null);
        for (String answer : List.of("5", "4", "2")) {
            context.entry().save(new Response(site.id(), wave.id(), null, null, null,
                    Map.of("fin_overall", answer, "srh", answer, Psp1.TOP3, "financial housing")));
        }
        assertThat(calculators.forWholeProgram(false).figure(Set.of(), wave.id(), StressDomain.FINANCIAL, Measure.HIGH)
                .suppressed()).isTrue();
        assertThat(calculators.forWholeProgram(true).figure(Set.of(), wave.id(), StressDomain.FINANCIAL, Measure.HIGH)
                .count()).isEqualTo(2);
        assertSameWholeProgramFigures();
    }

    @Test
    void aCommittedWriteShowsInTheWholeProgramsTrend() {
        context.demo().load(2019);
        Wave latest = context.program().waves().get(context.program().waves().size() - 1);
        long before = wholeProgramN(latest);
        long id = context.entry().save(new Response(context.program().sites().get(0).id(), latest.id(), null, null,
                null, Map.of("fin_overall", "5")));
        assertThat(wholeProgramN(latest)).isEqualTo(before + 1);
        context.entry().delete(id);
        assertThat(wholeProgramN(latest)).isEqualTo(before);
        long highBefore = wholeProgram(latest).count();
        ProgramSettings settings = context.program().settings();
        context.program().saveSettings(new ProgramSettings(5, settings.minGroupSize(), settings.alertPercent()));
        assertThat(wholeProgram(latest).count()).isLessThan(highBefore);
    }

    private long wholeProgramN(Wave wave) {
        return wholeProgram(wave).n();
    }

    private org.peerpulse.analysis.Figure wholeProgram(Wave wave) {
        return context.trends().trends(query(true)).points().stream()
                .filter(p -> p.wave().equals(wave.id()) && p.domain() == StressDomain.FINANCIAL)
                .findFirst().orElseThrow().figure();
    }

    private static TrendQuery query(boolean showSmallNumbers) {
        return new TrendQuery(List.of(), List.of(StressDomain.FINANCIAL), Measure.HIGH, showSmallNumbers, true);
    }

    private void assertSameWholeProgramFigures() {
        List<Wave> waves = context.program().waves();
        int compared = 0;
        for (boolean show : new boolean[] {false, true}) {
            MeasureCalculator totals = calculators.forWholeProgram(show);
            MeasureCalculator sites = calculators.forProgram(show);
            for (Wave wave : waves) {
                assertThat(totals.responses(Set.of(), wave.id())).isEqualTo(sites.responses(Set.of(), wave.id()));
                for (StressDomain domain : StressDomain.values()) {
                    for (Measure measure : Measure.values()) {
                        assertThat(totals.figure(Set.of(), wave.id(), domain, measure))
                                .isEqualTo(sites.figure(Set.of(), wave.id(), domain, measure));
                        compared++;
                    }
                    assertThat(totals.topThreeChoice(Set.of(), wave.id(), domain.code()))
                            .isEqualTo(sites.topThreeChoice(Set.of(), wave.id(), domain.code()));
                }
                for (Wellbeing measure : Wellbeing.values()) {
                    assertThat(totals.wellbeing(null, wave.id(), measure))
                            .isEqualTo(sites.wellbeing(null, wave.id(), measure));
                }
            }
            for (StressDomain domain : StressDomain.values()) {
                assertThat(WaveTrend.highStress(totals, Set.of(), waves, domain))
                        .isEqualTo(WaveTrend.highStress(sites, Set.of(), waves, domain));
            }
        }
        assertThat(compared).isEqualTo(2 * waves.size() * 15);
    }
}
