package org.peerpulse.domain;

/**
 * A program's database file cannot be used as asked, for a reason the user can act on: it needs
 * a password, the password is wrong, another process has it open, it is damaged, or a backup is
 * not one. The message is one English sentence (the command line prints it); the desktop app
 * shows its own text for the {@link Problem}. A value any layer may catch, so it lives here.
 */
public final class ProgramFileException extends RuntimeException {
    /** What went wrong, in words a user can act on. */
    public enum Problem {
        /** The file is encrypted and no password was given. */
        PASSWORD_NEEDED,
        /** The password does not open the file; nothing was changed. */
        WRONG_PASSWORD,
        /** Another process has the program open. */
        IN_USE,
        /** The file cannot be read: restore a backup. */
        DAMAGED,
        /** A file given as a backup is not a usable PeerPulse backup; nothing was changed. */
        NOT_A_BACKUP,
        /** A backup made by a newer PeerPulse, with a schema this one does not know; nothing was changed. */
        NEWER_BACKUP,
        /** PeerPulse may not write the program's file or folder (read-only, or another user's). */
        NOT_WRITABLE,
        /** A file stands where the program's folder, or one above it, should be. */
        NOT_A_FOLDER
    }

    private final Problem problem;
    private final String file;

    public ProgramFileException(Problem problem, String file, String sentence, Throwable cause) {
        super(sentence, cause);
        this.problem = problem;
        this.file = file;
    }

    public ProgramFileException(Problem problem, String file, String sentence) {
        this(problem, file, sentence, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The file concerned, as the user named it or as it is on disk. */
    public String file() {
        return file;
    }

    /** True when the input was wrong and nothing was changed (a wrong password, a file that is not a backup). */
    public boolean isBadInput() {
        return problem == Problem.PASSWORD_NEEDED || problem == Problem.WRONG_PASSWORD
                || problem == Problem.NOT_A_BACKUP || problem == Problem.NEWER_BACKUP;
    }
}
