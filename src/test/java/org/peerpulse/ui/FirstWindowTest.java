package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramFiles;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Starting on a program that opens at once, the window is first shown as the main window with its
 * chart already drawn from data and, the program being small, its tiles filled: not the opening
 * window first, not the main window without its chart first (styled and laid out twice), nor with
 * the tiles filling in above the chart and pushing it down.
 */
class FirstWindowTest extends FxRobot {
    @TempDir
    Path folder;
    private javafx.application.Application app;

    @AfterEach
    void stopTheApp() throws Exception {
        AppUnderTest.stop(app);
    }

    @Test
    void theFirstWindowShownIsTheMainWindowWithItsChart() throws Exception {
        Path database = folder.resolve("program");
        try (AppContext program = ProgramFiles.system().open(database, null)) {
            program.demo().load(DemoProgram.DEFAULT_SEED);
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        List<String> shown = new CopyOnWriteArrayList<>();
        interact(() -> {
            stage.hide();
            stage.setScene(null);
            stage.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null) {
                    shown.add(describe(scene.getRoot()));
                    scene.rootProperty().addListener((r, before, root) -> shown.add(describe(root)));
                }
            });
        });

        app = AppUnderTest.start(database);
        waitUntil(() -> !shown.isEmpty() && stage.isShowing());

        assertThat(shown).containsExactly("main window, chart with 5 series, tiles with figures");
    }

    @Test
    void theWindowGetsTheAppIconInEverySize() throws Exception {
        Path database = folder.resolve("program");
        ProgramFiles.system().open(database, null).close();
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> stage.getIcons().clear());

        app = AppUnderTest.start(database);
        waitUntil(() -> stage.isShowing() && !stage.getIcons().isEmpty());

        assertThat(stage.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse())
                .extracting(icon -> (int) icon.getWidth()).containsExactly(16, 32, 48, 64, 128, 256, 512);
    }

    private static String describe(Parent root) {
        if (!root.getStyleClass().contains("main-window")) {
            return "another window: " + root.getStyleClass();
        }
        // not yet styled: the scroll pane has no skin, so its content is not among its children
        ScrollPane page = (ScrollPane) root.lookup(".dashboard-scroll");
        XYChart<?, ?> chart = (XYChart<?, ?>) page.getContent().lookup("#trend-chart");
        long series = chart.getData().stream().filter(s -> !s.getData().isEmpty()).count();
        Label financial = (Label) page.getContent().lookup("#tile-" + StressDomain.FINANCIAL.code() + " .tile-value");
        return "main window, chart with " + series + " series, tiles " + (financial.getText().matches(".*\\d.*")
                ? "with figures" : "without figures");
    }
}
