package org.peerpulse.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks which file to open: the system's dialog in the app, a fixed file in tests. */
@FunctionalInterface
public interface OpenDialog {
    Optional<Path> ask(Window owner, String title, String description, String pattern);

    static OpenDialog system() {
        return (owner, title, description, pattern) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
            File chosen = chooser.showOpenDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
