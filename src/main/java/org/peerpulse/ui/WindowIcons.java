package org.peerpulse.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon in every size a desktop asks for, read and decoded on a thread of its own: on the
 * JavaFX thread the seven images took about a twentieth of its work before the first window was
 * drawn (issue 8). The window gets them as soon as they are decoded.
 */
final class WindowIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    private final CompletableFuture<List<Image>> decoded;

    private WindowIcons(CompletableFuture<List<Image>> decoded) {
        this.decoded = decoded;
    }

    /** Begins decoding the icons. */
    static WindowIcons decode() {
        return new WindowIcons(CompletableFuture.supplyAsync(WindowIcons::read,
                work -> new Thread(work, "window icons").start()));
    }

    private static List<Image> read() {
        return IntStream.of(SIZES)
                .mapToObj(size -> WindowIcons.class.getResource("/icons/peerpulse-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }

    /** Gives {@code stage} the icons, on the JavaFX thread, as soon as they are decoded. */
    void giveTo(Stage stage) {
        decoded.thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
    }
}
