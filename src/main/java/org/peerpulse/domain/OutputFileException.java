package org.peerpulse.domain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the user asked PeerPulse to write (a report, an export, the instrument, a backup) cannot
 * be written there. The message is one sentence naming the user's file or folder and the reason in
 * plain words, never the temporary file PeerPulse writes first (the command line prints it, the app
 * shows it). Made by the layers that write files (io, storage) and caught by the command line and
 * the app, so it lives here.
 */
public final class OutputFileException extends RuntimeException {
    /** Why the file cannot be written. */
    public enum Problem {
        /** The name given is a folder's. */
        IS_A_FOLDER,
        /** The folder it would go into is not there (or is a file). */
        NO_FOLDER,
        /** PeerPulse may not write into the folder, or replace the file there. */
        NOT_WRITABLE,
        /** The folder is on a drive mounted read-only. */
        READ_ONLY_DRIVE,
        /** Anything else the file system refused (a full disk, a failing drive). */
        OTHER
    }

    private final Problem problem;

    private OutputFileException(Problem problem, String sentence, Throwable cause) {
        super(sentence, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** True when another name or folder would do (bad usage: nothing was written); false for {@link Problem#OTHER}. */
    public boolean isBadInput() {
        return problem != Problem.OTHER;
    }

    /** Refuses, before anything is written, a target that is a folder. */
    public static void requireFileName(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw isAFolder(absolute, null);
        }
    }

    /** Refuses, before anything is written, a target that is a folder or whose folder is not there. */
    public static void requireFileInFolder(Path target) {
        requireFileName(target);
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw noFolder(folder, null);
        }
    }

    /**
     * Says why {@code target} could not be written, given what the file system said while PeerPulse
     * made its temporary file next to it or moved that over it (whose names the user never chose).
     */
    public static OutputFileException writing(Path target, IOException cause) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            return isAFolder(absolute, cause);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return noFolder(folder, cause);
        }
        String reason = cause instanceof FileSystemException refused && refused.getReason() != null
                ? refused.getReason() : cause.getMessage();
        if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("read-only file system")) {
            return new OutputFileException(Problem.READ_ONLY_DRIVE, "PeerPulse cannot write to the folder " + folder
                    + ": it is on a read-only drive.", cause);
        }
        if (cause instanceof AccessDeniedException) {
            // the folder may be writable and the file not (on Windows, a file another program holds open)
            return new OutputFileException(Problem.NOT_WRITABLE, Files.exists(absolute) && Files.isWritable(folder)
                    ? "PeerPulse cannot replace " + absolute + ": permission denied (is it open in another program?)."
                    : "PeerPulse cannot write to the folder " + folder + ": permission denied.", cause);
        }
        return new OutputFileException(Problem.OTHER, "PeerPulse could not write " + absolute + ": "
                + (reason == null || reason.isBlank() ? cause.getClass().getSimpleName() : reason.strip()) + ".", cause);
    }

    private static OutputFileException isAFolder(Path absolute, Throwable cause) {
        return new OutputFileException(Problem.IS_A_FOLDER, absolute + " is a folder; give a file name instead.",
                cause);
    }

    private static OutputFileException noFolder(Path folder, Throwable cause) {
        return new OutputFileException(Problem.NO_FOLDER, folder != null && Files.exists(folder)
                ? folder + " is a file where a folder should be; move or rename it, or choose another folder."
                : "The folder " + folder + " does not exist.", cause);
    }
}
