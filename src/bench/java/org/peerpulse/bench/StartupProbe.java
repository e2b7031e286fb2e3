package org.peerpulse.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.peerpulse.ui.PeerPulseApp;

/**
 * A child JVM of the benchmark: starts either PeerPulse on the benchmark's database or a bare
 * JavaFX window with one line chart, the same way (toolkit, then {@code init()} off the FX thread,
 * then {@code start()} on it, as {@code Application.launch} does), and prints
 * {@code CHART_MS <ms>}: the time from the JVM's start to the pulse after the first one whose
 * layout showed a chart with data (so that frame has been handed to the renderer).
 */
public final class StartupProbe {
    static final String PREFIX = "CHART_MS ";

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean bare = args.length > 0 && args[0].equals("bare");
        PeerPulseApp app = null;
        if (!bare) {
            PeerPulseApp.beginOpening(); // as the launcher does
            app = new PeerPulseApp();
        }
        Platform.startup(() -> Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(StartupProbe::watch);
            }
        }));
        if (app != null) {
            app.init();
        }
        PeerPulseApp started = app;
        Platform.runLater(() -> {
            Stage stage = new Stage();
            if (started != null) {
                started.start(stage);
            } else {
                bareWindow(stage);
            }
        });
    }

    private static void bareWindow(Stage stage) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Financial");
        for (int wave = 0; wave < 24; wave++) {
            series.getData().add(new XYChart.Data<>("W" + wave, 0.3 + 0.01 * wave));
        }
        chart.getData().add(series);
        stage.setScene(new Scene(new StackPane(chart), 1280, 900));
        stage.show();
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            watch(window.getScene());
        }
        window.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                watch(now);
            }
        });
    }

    private static void watch(Scene scene) {
        boolean[] seen = new boolean[1];
        scene.addPostLayoutPulseListener(() -> {
            if (seen[0]) {
                System.out.println(PREFIX + (System.currentTimeMillis()
                        - ManagementFactory.getRuntimeMXBean().getStartTime()));
                System.out.flush();
                System.exit(0);
            }
            if (scene.getRoot() != null && hasChartWithData(scene.getRoot())) {
                seen[0] = true;
                Platform.requestNextPulse();
            }
        });
    }

    private static boolean hasChartWithData(Node node) {
        if (!node.isVisible()) {
            return false;
        }
        if (node instanceof XYChart<?, ?> chart) {
            Bounds bounds = chart.getLayoutBounds();
            return bounds.getWidth() > 0 && bounds.getHeight() > 0
                    && chart.getData().stream().anyMatch(series -> !series.getData().isEmpty());
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (Node child : children) {
                if (hasChartWithData(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
