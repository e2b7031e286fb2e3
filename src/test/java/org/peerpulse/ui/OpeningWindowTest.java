package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * While a program opens the window says so; a provincial program opened for the first time after
 * an update takes a minute or more (backed up, then its summary tables copied: schema version 8),
 * and the window says that too, in lines that fit.
 */
class OpeningWindowTest extends FxRobot {
    private Stage stage;

    @BeforeEach
    void show() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            Scene scene = new Scene(PeerPulseApp.opening(), 1280, 900);
            scene.getStylesheets().add(MainWindow.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theOpeningWindowSaysAnUpdatedProgramCanTakeAMinute() {
        Parent root = stage.getScene().getRoot();
        Label text = lookup(".label").queryAll().stream().filter(Label.class::isInstance).map(Label.class::cast)
                .filter(label -> label.getText().startsWith("Opening the program")).findFirst().orElseThrow();
        assertThat(text.getText()).contains("backed up and brought up to date first", "a minute or two");
        Bounds bounds = text.localToScene(text.getLayoutBounds());
        assertThat(bounds.getWidth()).as("wrapped, not one long line").isLessThanOrEqualTo(520);
        assertThat(bounds.getHeight()).as("several lines").isGreaterThan(3 * text.getFont().getSize());
        assertThat(bounds.getMinX()).isPositive();
        assertThat(bounds.getMaxX()).isLessThan(root.getScene().getWidth());
        Snapshots.write(this, stage.getScene(), "opening");
    }
}
