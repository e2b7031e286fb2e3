package org.peerpulse.storage;

import java.sql.SQLException;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.domain.ProgramFileException.Problem;

/**
 * Turns H2's errors about the file itself into {@link ProgramFileException}s with one sentence:
 * the lock of another process (90020), a wrong encryption password (28000, 90049) and a damaged
 * file (90030, 90028, or a general error from the MVStore). Anything else stays a {@link StorageException}.
 */
final class DatabaseErrors {
    static final int IN_USE = 90020;
    static final int WRONG_USER_OR_PASSWORD = 28000;
    static final int FILE_ENCRYPTION_ERROR = 90049;
    static final int FILE_CORRUPTED = 90030;
    static final int IO_EXCEPTION = 90028;
    static final int FILE_VERSION_ERROR = 90048;
    static final int GENERAL_ERROR = 50000;

    private DatabaseErrors() {
    }

    /** The exception to throw for {@code error}, met while {@code doing} on {@code file}. */
    static RuntimeException translate(SQLException error, String file, boolean encrypted, String doing) {
        if (error.getErrorCode() == IN_USE) {
            return inUse(file, error);
        }
        if (encrypted && (error.getErrorCode() == WRONG_USER_OR_PASSWORD || error.getErrorCode() == FILE_ENCRYPTION_ERROR)) {
            return wrongPassword(file, error);
        }
        if (isDamage(error)) {
            return damaged(file, error);
        }
        return new StorageException(doing, error);
    }

    static boolean isDamage(SQLException error) {
        int code = error.getErrorCode();
        String message = String.valueOf(error.getMessage());
        return code == FILE_CORRUPTED || code == IO_EXCEPTION || code == FILE_VERSION_ERROR
                || code == GENERAL_ERROR && (message.contains("MVStoreException") || message.contains("corrupt"));
    }

    static ProgramFileException inUse(String file, Throwable cause) {
        return new ProgramFileException(Problem.IN_USE, file, "The program " + file + " is open in another PeerPulse"
                + " window or command; close it there and try again.", cause);
    }

    static ProgramFileException wrongPassword(String file, Throwable cause) {
        return new ProgramFileException(Problem.WRONG_PASSWORD, file, "The password does not open " + file
                + "; nothing was changed.", cause);
    }

    static ProgramFileException passwordNeeded(String file) {
        return new ProgramFileException(Problem.PASSWORD_NEEDED, file, "The program " + file
                + " is encrypted: it needs its password.");
    }

    /** The program's folder (or, when {@code folder} is null, its file) is one PeerPulse may not write to. */
    static ProgramFileException notWritable(String file, java.nio.file.Path folder, Throwable cause) {
        return new ProgramFileException(Problem.NOT_WRITABLE, file, folder != null
                ? "PeerPulse may not write to " + folder + ", so it cannot open the program " + file + " there;"
                        + " give it another place (--db), or ask for the right to write there."
                : "The program file " + file + " is read-only (or another user's), so PeerPulse does not open it;"
                        + " copy it to a folder of your own, or ask for the right to write to it.", cause);
    }

    /** The program's folder cannot be made: a file stands where it, or a folder above it, should be; or it may not be written. */
    static ProgramFileException cannotMakeFolder(String file, java.nio.file.Path folder, java.io.IOException cause) {
        for (java.nio.file.Path above = folder; above != null; above = above.getParent()) {
            if (java.nio.file.Files.isRegularFile(above)) {
                return new ProgramFileException(Problem.NOT_A_FOLDER, file, "PeerPulse cannot open the program " + file
                        + ": " + above + " is a file, not a folder; give the program another place (--db).", cause);
            }
        }
        return notWritable(file, folder, cause);
    }

    static ProgramFileException damaged(String file, Throwable cause) {
        return new ProgramFileException(Problem.DAMAGED, file, "The program file " + file
                + " is damaged and cannot be read.", cause);
    }
}
