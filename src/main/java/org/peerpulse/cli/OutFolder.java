package org.peerpulse.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a command's {@code --out} file goes into must be there: a mistyped folder is named, never made. */
final class OutFolder {
    private OutFolder() {
    }

    static void require(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException("--out: the folder " + folder + " does not exist.");
        }
    }
}
