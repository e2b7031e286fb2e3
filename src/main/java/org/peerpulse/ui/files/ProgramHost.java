package org.peerpulse.ui.files;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.peerpulse.service.AppContext;

/**
 * Whoever shows the open program (the app): the File menu's new program, restore and password
 * change close it, do their work and give the host the program to show instead.
 */
public interface ProgramHost {
    /** A program open in the app: its context, its file and the password it was opened with (null when none). */
    record Opened(AppContext context, Path database, String password) {
    }

    /**
     * Closes the current program, runs {@code work} in the background and shows the program it opens;
     * when the work fails the current program is opened again and {@code onFailure} hears why.
     */
    void replace(Callable<Opened> work, Consumer<Throwable> onFailure);

    /** The program on show. */
    Opened current();

    /** A host that cannot replace its program (a window shown on its own, in tests). */
    ProgramHost NONE = new ProgramHost() {
        @Override
        public void replace(Callable<Opened> work, Consumer<Throwable> onFailure) {
            throw new UnsupportedOperationException("no program host");
        }

        @Override
        public Opened current() {
            return null;
        }
    };
}
