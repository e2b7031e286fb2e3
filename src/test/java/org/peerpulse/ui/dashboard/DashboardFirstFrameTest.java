package org.peerpulse.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.Copying;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A large program's chart is shown before its overview is read (the tiles and alerts a second or
 * more later): the tiles and alerts hold their place meanwhile, so the chart does not move down
 * when they come.
 */
class DashboardFirstFrameTest extends FxRobot {
    /** The dashboard's width in the main window of 1,280 pixels, beside the navigation bar. */
    private static final double CONTENT_WIDTH = 1100;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void theChartStaysWhereItIsWhenTheTilesAndAlertsCome() throws Exception {
        FxToolkit.registerPrimaryStage();
        double[] chartTop = new double[2];
        double[] tileHeight = new double[2];
        interact(() -> {
            AppState state = new AppState();
            // every program counts as large here: its overview is read after its chart
            DashboardViewModel model = new DashboardViewModel(context, TaskRunner.direct(), state, 0);
            Parent page = new DashboardView(model, new Copying(context, TaskRunner.direct(), state,
                    (owner, title, name, description) -> Optional.empty()), () -> { }, (site, domain) -> { }).build();
            Scene scene = new Scene(page, CONTENT_WIDTH, 900);
            scene.getStylesheets().add(MainWindow.stylesheet());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            model.trendsProperty().addListener((o, was, now) -> {
                assertThat(model.overviewProperty().get()).as("the chart comes first").isNull();
                measure(page, chartTop, tileHeight, 0);
            });
            model.start(); // the demo program, its chart, then its overview
            measure(page, chartTop, tileHeight, 1);
        });

        assertThat(tileHeight[1]).as("a tile with its figures").isCloseTo(tileHeight[0], within(2.0));
        assertThat(chartTop[1]).as("the chart's top once the tiles and alerts are in")
                .isLessThanOrEqualTo(chartTop[0] + 1);
    }

    private static void measure(Parent page, double[] chartTop, double[] tileHeight, int when) {
        page.applyCss();
        page.layout();
        Node chart = page.lookup("#trend-chart");
        Node tile = page.lookup("#tile-" + StressDomain.FINANCIAL.code());
        chartTop[when] = chart.localToScene(0, 0).getY();
        tileHeight[when] = tile.getLayoutBounds().getHeight();
    }
}
