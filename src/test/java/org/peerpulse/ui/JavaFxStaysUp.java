package org.peerpulse.ui;

import javafx.application.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * All the tests share one JavaFX, which must not end when a test hides or closes the last window shown (JavaFX's
 * implicit exit). It did when {@code FirstWindowTest}, which hides TestFX's stage, ran right after the dashboard's
 * tests alone: every later test then waited forever for a JavaFX thread that had ended. Found automatically
 * ({@code junit-platform.properties}), so that no test class can forget it.
 */
public final class JavaFxStaysUp implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        Platform.setImplicitExit(false);
    }
}
