package org.peerpulse.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.peerpulse.service.AppContext;

/**
 * Writes every switch of "show small numbers (internal use)" to the audit trail (analysis.md
 * rule 5), in the background. Small numbers stay on screen only while their entry can be
 * written: when it cannot, they are turned off again and the user is told.
 */
final class SmallNumbersLog {
    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;

    private SmallNumbersLog(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
    }

    /** Starts recording the switches of {@code state}. */
    static void watch(AppContext context, TaskRunner runner, AppState state) {
        SmallNumbersLog log = new SmallNumbersLog(context, runner, state);
        state.showSmallNumbersProperty().addListener((o, was, now) -> log.switched(now));
    }

    private void switched(boolean shown) {
        runner.run("audit small numbers", () -> {
            context.audit().smallNumbersSwitched(shown, "on screen");
            return shown;
        }, written -> state.auditWritten(), failure -> {
            if (shown) {
                state.showSmallNumbersProperty().set(false);
            }
            new Alert(Alert.AlertType.ERROR, Messages.tr("audit.notWritten", Failures.sentence(failure)), ButtonType.OK)
                    .show();
        });
    }
}
