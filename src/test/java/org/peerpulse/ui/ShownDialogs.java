package org.peerpulse.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in UI tests: for a condition, or for a dialog to show. */
public final class ShownDialogs {
    private ShownDialogs() {
    }

    /** The showing window whose root has the id {@code rootId}, now. */
    public static Optional<Window> shownWindow(String rootId) {
        return List.copyOf(Window.getWindows()).stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && rootId.equals(w.getScene().getRoot().getId())).findFirst();
    }

    /** The first showing dialog {@code which} accepts, waiting up to 30 seconds for it. */
    public static DialogPane dialog(Predicate<DialogPane> which) {
        AtomicReference<DialogPane> found = new AtomicReference<>();
        waitUntil(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                        && which.test(pane)) {
                    found.set(pane);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /**
     * Waits up to a minute for {@code condition}, then for the JavaFX events it set off. The
     * condition is asked on the JavaFX thread: asked from the test's thread, a lookup could walk the
     * scene graph while the app changed it (an IndexOutOfBoundsException in a test's start).
     */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFxThread(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the condition did not come true in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits up to a minute for {@code stored}, a condition on what the program holds, asked on the
     * test's thread (a database read has no place on the JavaFX thread), then for the JavaFX events.
     */
    public static void waitUntilStored(BooleanSupplier stored) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, stored::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the program did not come to hold it in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code condition}, asked on the JavaFX thread. */
    public static boolean onFxThread(BooleanSupplier condition) throws Exception {
        return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
    }
}
