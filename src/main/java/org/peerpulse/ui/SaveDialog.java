package org.peerpulse.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save a file. The app uses the system's save dialog; tests put in a fixed path,
 * since a native file chooser cannot be driven headless.
 */
@FunctionalInterface
public interface SaveDialog {
    /**
     * @param fileName    the suggested name, with its extension
     * @param description what the files of this extension are ("CSV file")
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> ask(Window owner, String title, String fileName, String description);

    /** The system's save dialog, filtered to the suggested name's extension. */
    static SaveDialog system() {
        return (owner, title, fileName, description) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(fileName);
            int dot = fileName.lastIndexOf('.');
            if (dot >= 0) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                        "*" + fileName.substring(dot)));
            }
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }

    /** Always answers this file (for tests). */
    static SaveDialog fixed(Path file) {
        return (owner, title, fileName, description) -> Optional.of(file);
    }
}
