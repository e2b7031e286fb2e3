package org.peerpulse.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramFiles;
import org.peerpulse.ui.files.ProgramHost.Opened;

/**
 * The program the app shows first, opened from the moment the process starts: the launcher
 * begins it before JavaFX starts, so that the database (most of a second for a provincial
 * program) and the toolkit get ready side by side. {@link PeerPulseApp#init()} takes it; when
 * nothing was begun (tests start the app without the launcher), it begins there.
 *
 * @param database the program's file: the one asked for ({@link PeerPulseApp#DATABASE_PROPERTY}),
 *                 else the last opened, else the default
 * @param opening  the program being opened, without reading every row yet; null for an encrypted
 *                 program, whose password is asked first
 */
record EarlyOpening(Path database, CompletableFuture<Opened> opening) {
    private static EarlyOpening begun;

    /** Begins opening the program the app will show (the launcher calls it first thing). */
    static synchronized void begin() {
        if (begun == null) {
            begun = of(ProgramFiles.system());
        }
    }

    /** The opening begun by {@link #begin()}, once; else one begun now. */
    static synchronized EarlyOpening take(ProgramFiles files) {
        EarlyOpening taken = begun != null ? begun : of(files);
        begun = null;
        return taken;
    }

    /**
     * When the app cannot start after all (no display): waits for the opening begun by {@link
     * #begin()} to end (on a first start it creates the program's file, which must not be left half
     * made) and closes the program.
     */
    static synchronized void abandon() {
        if (begun != null && begun.opening() != null) {
            Opened program = begun.opening().handle((opened, failure) -> opened).join(); // null: it failed
            if (program != null) {
                program.context().close();
            }
        }
        begun = null;
    }

    private static EarlyOpening of(ProgramFiles files) {
        String chosen = System.getProperty(PeerPulseApp.DATABASE_PROPERTY);
        Path database = chosen != null ? Path.of(chosen) : files.lastOpened().orElse(AppContext.defaultDatabase());
        if (files.isEncrypted(database)) {
            return new EarlyOpening(database, null);
        }
        CompletableFuture<Opened> opening = CompletableFuture.supplyAsync(
                () -> new Opened(files.openReadingRowsLater(database, null), database, null),
                work -> new Thread(work, "open program").start());
        return new EarlyOpening(database, opening);
    }
}
