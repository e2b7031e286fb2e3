package org.peerpulse.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.TaskRunner;

/** The dashboard's state, driven without a window: work runs on the test's thread. */
class DashboardViewModelTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemUTC());
    private final DashboardViewModel model = new DashboardViewModel(context, TaskRunner.direct(), new org.peerpulse.ui.AppState());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void startOnAnEmptyProgramPutsInTheDemoAndShowsTheLatestWave() {
        model.start();
        assertThat(model.hasDemoProperty().get()).isTrue();
        assertThat(model.overviewProperty().get().latest().label()).isEqualTo("2023-03");
        assertThat(model.overviewProperty().get().previous().label()).isEqualTo("2022-09");
        assertThat(model.overviewProperty().get().tiles()).hasSize(5);
        assertThat(model.trendsProperty().get().points()).hasSize(8 * 5);
        assertThat(model.sites()).hasSize(4);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Latest wave: 2023-03");
    }

    @Test
    void aLargeProgramsChartIsShownBeforeItsOverviewIsRead() {
        var large = new DashboardViewModel(context, TaskRunner.direct(), new org.peerpulse.ui.AppState(), 4 * 8 - 1);
        List<String> shown = new java.util.ArrayList<>();
        large.trendsProperty().addListener((o, was, now) -> shown.add("chart, overview read: "
                + (large.overviewProperty().get() != null)));
        large.overviewProperty().addListener((o, was, now) -> shown.add("overview"));
        large.start();
        assertThat(shown).containsExactly("chart, overview read: false", "overview");
    }

    @Test
    void aSmallProgramsOverviewIsInWhenItsChartIs() {
        var small = new DashboardViewModel(context, TaskRunner.direct(), new org.peerpulse.ui.AppState(), 4 * 8);
        List<String> shown = new java.util.ArrayList<>();
        small.trendsProperty().addListener((o, was, now) -> shown.add("chart, overview read: "
                + (small.overviewProperty().get() != null)));
        small.start();
        assertThat(shown).containsExactly("chart, overview read: true");
        assertThat(small.overviewProperty().get().tiles()).hasSize(5);
        assertThat(small.statusProperty().get()).isEqualTo("Latest wave: 2023-03");
    }

    @Test
    void aSiteFilterLimitsTheTrendToThatSite() {
        model.start();
        List<TrendPoint> program = model.trendsProperty().get().points();
        Site surrey = model.sites().stream().filter(s -> s.name().startsWith("Surrey")).findFirst().orElseThrow();
        model.selectedSites().setAll(surrey);
        List<TrendPoint> site = model.trendsProperty().get().points();
        assertThat(site).isNotEqualTo(program);
        assertThat(financialN(site)).isLessThan(financialN(program));
        model.selectedSites().clear();
        assertThat(model.trendsProperty().get().points()).isEqualTo(program);
    }

    @Test
    void theMeasureChoiceRecomputesTheTrend() {
        model.start();
        model.measureProperty().set(Measure.MEAN);
        assertThat(model.trendsProperty().get().measure()).isEqualTo(Measure.MEAN);
        assertThat(model.trendsProperty().get().points()).allSatisfy(p ->
                assertThat(p.figure().mean()).isBetween(1.0, 5.0));
    }

    @Test
    void removingTheDemoLeavesAnEmptyProgram() {
        model.start();
        model.removeDemo();
        assertThat(model.hasDemoProperty().get()).isFalse();
        assertThat(model.overviewProperty().get().isEmpty()).isTrue();
        assertThat(model.sites()).isEmpty();
        assertThat(context.program().waves()).isEmpty();
    }

    @Test
    void theSmallSiteWaveIsHiddenUnlessSmallNumbersAreShown() {
        model.start();
        Site princeGeorge = model.sites().stream().filter(s -> s.code().equals("PG")).findFirst().orElseThrow();
        model.selectedSites().setAll(princeGeorge);
        assertThat(trauma2022(model)).isTrue();
        model.showSmallNumbersProperty().set(true);
        assertThat(trauma2022(model)).isFalse();
        assertThat(model.selectedSites()).containsExactly(princeGeorge);
    }

    private static boolean trauma2022(DashboardViewModel model) {
        var table = model.trendsProperty().get();
        return table.points().stream().filter(p -> p.domain() == StressDomain.TRAUMA
                && table.wave(p.wave()).label().equals("2022-03")).findFirst().orElseThrow().figure().suppressed();
    }

    @Test
    void alertsNameTheSitesAtTheAlertLevelOrWithARealRise() {
        model.start();
        var overview = model.overviewProperty().get();
        var alerts = overview.alerts();
        assertThat(alerts).isNotEmpty();
        assertThat(alerts).allSatisfy(alert -> assertThat(alert.realRise()
                || alert.change().to().proportion() * 100 >= overview.settings().alertPercent()).isTrue());
        // Surrey's financial stress (78% in 2023-03) is above the default 50% level
        assertThat(alerts).anySatisfy(alert -> {
            assertThat(alert.site().code()).isEqualTo("SUR");
            assertThat(alert.domain()).isEqualTo(StressDomain.FINANCIAL);
        });
    }

    @Test
    void changedSettingsChangeEveryFigure() {
        model.start();
        long before = model.overviewProperty().get().tiles().get(0).latest().count();
        context.program().saveSettings(new org.peerpulse.domain.ProgramSettings(5, 5, 50));
        model.reload();
        long extremeOnly = model.overviewProperty().get().tiles().get(0).latest().count();
        assertThat(extremeOnly).isLessThan(before);
        assertThat(model.overviewProperty().get().settings().highStressThreshold()).isEqualTo(5);
    }

    private static long financialN(List<TrendPoint> points) {
        return points.stream().filter(p -> p.domain() == StressDomain.FINANCIAL && p.figure().n() != null)
                .mapToLong(p -> p.figure().n()).sum();
    }
}
