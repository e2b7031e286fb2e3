package org.peerpulse.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.peerpulse.service.AppContext;

/**
 * The desktop app. {@code init()} is the composition root: it opens the program's database
 * (running migrations) before any window opens.
 */
public final class PeerPulseApp extends Application {
    /** Set by tests or a future "open program…" to use another database than the user's default. */
    public static final String DATABASE_PROPERTY = "peerpulse.db";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppContext context;
    private FxTaskRunner runner;

    @Override
    public void init() {
        String chosen = System.getProperty(DATABASE_PROPERTY);
        context = AppContext.open(chosen != null ? Path.of(chosen) : AppContext.defaultDatabase());
        runner = new FxTaskRunner();
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(context, runner);
        Scene scene = new Scene(window.build(), 1280, 900);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setTitle(Messages.tr("app.title", context.databaseDescription()));
        for (int size : ICON_SIZES) {
            var icon = PeerPulseApp.class.getResource("/icons/peerpulse-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setScene(scene);
        stage.show();
        window.start();
    }

    @Override
    public void stop() {
        runner.close();
        context.close();
    }
}
