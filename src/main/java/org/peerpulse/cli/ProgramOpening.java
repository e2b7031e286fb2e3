package org.peerpulse.cli;

import java.nio.file.Path;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.AutomaticBackup;
import org.peerpulse.service.ProgramFiles;

/** Opening the program for a command: its password when it is encrypted, and what to say when it cannot be opened. */
final class ProgramOpening {
    private ProgramOpening() {
    }

    /**
     * An existing encrypted database takes its password from the environment or the terminal; an
     * unencrypted one needs none; a new one is encrypted when PEERPULSE_PASSWORD is set.
     */
    static AppContext open(Path database, Passwords passwords) {
        ProgramFiles files = ProgramFiles.system();
        String password;
        if (!files.exists(database)) {
            password = passwords.fromEnvironment().orElse(null);
        } else if (files.isEncrypted(database)) {
            password = passwords.required(files.fileOf(database));
        } else {
            password = null;
        }
        return files.open(database, password);
    }

    /**
     * The problem's sentence; a damaged program's also names its latest backup and how to restore it.
     *
     * @param named the database as given with --db, or null for the default one
     */
    static String sentence(ProgramFileException problem, Path database, Path named) {
        if (problem.problem() != ProgramFileException.Problem.DAMAGED) {
            return problem.getMessage();
        }
        String db = named == null ? "" : " --db \"" + named + "\"";
        return ProgramFiles.system().latestBackup(database).map(AutomaticBackup::file)
                .map(backup -> problem.getMessage() + " Its latest backup is " + backup + ": restore it with"
                        + " peerpulse restore" + db + " \"" + backup + "\".")
                .orElse(problem.getMessage() + " There is no automatic backup of it; restore one you made with"
                        + " peerpulse restore FILE.");
    }
}
