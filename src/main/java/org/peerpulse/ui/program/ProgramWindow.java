package org.peerpulse.ui.program;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.peerpulse.service.AppContext;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;

/**
 * The "Sites and waves…" window. The main window opens it with one line:
 * {@code ProgramWindow.open(context, runner, stage, dashboard::reload)}.
 */
public final class ProgramWindow {
    private ProgramWindow() {
    }

    /**
     * Shows the window and loads the program's sites and waves.
     *
     * @param owner       the window it belongs to, or null
     * @param afterChange run (on the JavaFX thread) after every change that was saved
     */
    public static Stage open(AppContext context, TaskRunner runner, Window owner, Runnable afterChange) {
        ProgramViewModel model = new ProgramViewModel(context, runner, afterChange);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.tr("program.window.title"));
        Scene scene = new Scene(new ProgramView(model).build(), 1160, 780);
        scene.getStylesheets().add(MainWindow.stylesheet());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.show();
        model.load();
        return stage;
    }
}
