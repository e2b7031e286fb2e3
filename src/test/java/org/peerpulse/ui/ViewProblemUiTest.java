package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Measure;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The trends view, the dashboard, top stressors and associations, when their figures cannot be read, clear what
 * they drew for the last filter and say why above where it was (not, as top stressors did, that
 * nobody answered), with no empty chart frame under it; "Try again" works the same figures out
 * again, and the next filter that works draws them too.
 */
class ViewProblemUiTest extends FxRobot {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());
    private final FxTaskRunner fx = new FxTaskRunner();
    private final FailingRunner runner = new FailingRunner(fx);

    @BeforeEach
    void openTheDemo() throws Exception {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        FxToolkit.registerPrimaryStage();
        ShownWindow.show(context, runner, (owner, title, name, description) -> Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fx.close();
        context.close();
    }

    @Test
    void aTrendThatCannotBeReadIsNotDrawnAndTheViewSaysWhy() {
        clickOn("#nav-trends");
        waitUntil(() -> lookup("#trends-chart").tryQuery().isPresent() && chart().getData().size() == 1);
        assertThat(lookup("#trends-problem").query().isVisible()).isFalse();

        runner.failing(true);
        interact(() -> lookup("#trends-measure").queryComboBox().getSelectionModel().select(Measure.MEAN));
        waitUntil(() -> lookup("#trends-problem").query().isVisible());
        assertThat(lookup("#trends-problem").queryAs(Label.class).getText()).isEqualTo("These figures could not be "
                + "worked out, so none are shown (Could not read the answers: disk I/O error). Try again; if it keeps "
                + "failing, quit PeerPulse and start it again.");
        assertThat(chart().getData()).as("the high-stress chart is not left under the mean's heading").isEmpty();
        assertThat(chart().getYAxis().getLabel()).as("the empty axis names the measure chosen").isEqualTo("Mean score (1 = not at all, 5 = extremely)");
        assertThat(chart().isVisible()).as("no empty chart frame under the problem").isFalse();
        assertThat(lookup("#trends-tests").queryAs(Label.class).getText()).isEmpty();
        Snapshots.write(this, lookup("#trends-chart").query().getScene(), "trends-problem");

        runner.failing(false);
        clickOn("#trends-problem-retry");
        waitUntil(() -> chart().getData().size() == 1);
        assertThat(lookup("#trends-problem").query().isVisible()).isFalse();
        assertThat(chart().isVisible()).isTrue();
        assertThat(((javafx.scene.chart.NumberAxis) chart().getYAxis()).getUpperBound())
                .as("the mean score again, as chosen, with no filter changed").isEqualTo(5);

        runner.failing(true);
        interact(() -> lookup("#trends-measure").queryComboBox().getSelectionModel().select(Measure.TOP3));
        waitUntil(() -> lookup("#trends-problem").query().isVisible());
        runner.failing(false);
        interact(() -> lookup("#trends-measure").queryComboBox().getSelectionModel().select(Measure.HIGH));
        waitUntil(() -> chart().getData().size() == 1);
        assertThat(lookup("#trends-problem").query().isVisible()).isFalse();
        assertThat(lookup("#trends-tests").queryAs(Label.class).getText()).isNotEmpty();
    }

    @Test
    void aDashboardChartThatCannotBeReadIsNotDrawnAndThePanelSaysWhy() {
        waitUntil(() -> lookup("#trend-chart").tryQuery().isPresent()
                && lookup("#trend-chart").queryAs(LineChart.class).getData().size() == 5);
        assertThat(lookup("#dashboard-problem").query().isVisible()).isFalse();

        runner.failing(true);
        interact(() -> lookup("#measure-choice").queryComboBox().getSelectionModel().select(Measure.MEAN));
        waitUntil(() -> lookup("#dashboard-problem").query().isVisible());
        assertThat(lookup("#dashboard-problem").queryAs(Label.class).getText()).startsWith("These figures could not be "
                + "worked out, so none are shown (Could not read the answers: disk I/O error).");
        assertThat(lookup("#trend-chart").queryAs(LineChart.class).getData()).isEmpty();
        assertThat(lookup("#trend-chart").queryAs(LineChart.class).getYAxis().getLabel())
                .as("the empty axis names the measure chosen, not the one drawn before").isEqualTo("Mean score (1 = not at all, 5 = extremely)");
        assertThat(lookup(".panel-title").queryAllAs(Label.class)).extracting(Label::getText)
                .as("the title names the measure chosen, not the chart that was there").contains("Mean stress score by domain — All sites");
        assertThat(lookup("#status").queryAs(Label.class).getText()).as("not still saying it is loading").isEmpty();
        assertThat(lookup("#trend-chart").query().isVisible()).as("no empty chart frame under the problem").isFalse();
        Snapshots.write(this, lookup("#trend-chart").query().getScene(), "dashboard-problem");

        runner.failing(false);
        clickOn("#dashboard-problem-retry");
        waitUntil(() -> lookup("#trend-chart").queryAs(LineChart.class).getData().size() == 5);
        assertThat(lookup("#dashboard-problem").query().isVisible()).isFalse();
        assertThat(lookup("#trend-chart").query().isVisible()).isTrue();
        assertThat(((javafx.scene.chart.NumberAxis) lookup("#trend-chart").queryAs(LineChart.class).getYAxis())
                .getUpperBound()).as("the mean score again, as chosen, with no filter changed").isEqualTo(5);

        runner.failing(true);
        interact(() -> lookup("#measure-choice").queryComboBox().getSelectionModel().select(Measure.TOP3));
        waitUntil(() -> lookup("#dashboard-problem").query().isVisible());
        runner.failing(false);
        interact(() -> lookup("#measure-choice").queryComboBox().getSelectionModel().select(Measure.HIGH));
        waitUntil(() -> lookup("#trend-chart").queryAs(LineChart.class).getData().size() == 5);
        assertThat(lookup("#dashboard-problem").query().isVisible()).isFalse();
    }

    @Test
    void topStressorsThatCannotBeReadSayWhyAndNotThatNobodyAnswered() {
        clickOn("#nav-stressors");
        waitUntil(() -> lookup("#top3-note").tryQuery().isPresent()
                && lookup("#top3-note").queryAs(Label.class).getText().startsWith("Out of"));

        runner.failing(true);
        interact(() -> lookup("#top3-wave").queryComboBox().getSelectionModel().select(0));
        waitUntil(() -> lookup("#stressors-problem").query().isVisible());
        assertThat(lookup("#top3-note").queryAs(Label.class).getText()).isEmpty();
        assertThat(lookup("#top3-table").queryAs(javafx.scene.control.TableView.class).getItems()).isEmpty();

        runner.failing(false);
        interact(() -> lookup("#top3-wave").queryComboBox().getSelectionModel().selectLast());
        waitUntil(() -> !lookup("#stressors-problem").query().isVisible());
        assertThat(lookup("#top3-note").queryAs(Label.class).getText()).startsWith("Out of");
    }

    @Test
    void anAssociationThatCannotBeWorkedOutShowsNoTableAndSaysWhyLikeEveryView() {
        clickOn("#nav-associations");
        waitUntil(() -> lookup("#assoc-statistics").tryQueryAs(Label.class).map(l -> l.getText().startsWith("n = "))
                .orElse(false));
        assertThat(lookup("#assoc-problem").query().isVisible()).isFalse();

        runner.failing(true);
        interact(() -> lookup("#assoc-wave").queryComboBox().getSelectionModel().selectLast());
        waitUntil(() -> lookup("#assoc-problem").query().isVisible());
        assertThat(lookup("#assoc-problem").queryAs(Label.class).getText()).startsWith("These figures could not be "
                + "worked out, so none are shown (Could not read the answers: disk I/O error).");
        assertThat(lookup("#assoc-statistics").queryAs(Label.class).getText()).isEmpty();
        assertThat(lookup(".crosstab .crosstab-cell").tryQuery()).as("no table left from the filter before").isEmpty();

        runner.failing(false);
        interact(() -> lookup("#assoc-wave").queryComboBox().getSelectionModel().selectFirst());
        waitUntil(() -> !lookup("#assoc-problem").query().isVisible());
        assertThat(lookup("#assoc-statistics").queryAs(Label.class).getText()).startsWith("n = ");
    }

    private LineChart<?, ?> chart() {
        return lookup("#trends-chart").queryAs(LineChart.class);
    }
}
