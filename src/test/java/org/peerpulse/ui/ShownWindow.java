package org.peerpulse.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.peerpulse.service.AppContext;
import org.testfx.util.WaitForAsyncUtils;

/** The app's main window on a program, shown in a stage of its own and started, as a UI test needs it. */
public record ShownWindow(MainWindow window, Stage stage) {
    /** Builds, shows and starts the main window on the FX thread; exports and reports save where {@code dialog} says. */
    public static ShownWindow show(AppContext context, TaskRunner runner, SaveDialog dialog) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(context, runner, dialog);
            Stage stage = new Stage();
            Scene scene = new Scene(window.build(), 1280, 900);
            scene.getStylesheets().add(MainWindow.stylesheet());
            stage.setScene(scene);
            stage.show();
            window.start();
            return new ShownWindow(window, stage);
        }).get(30, TimeUnit.SECONDS);
    }
}
