package org.peerpulse.ui.files;

import java.nio.file.Path;
import org.peerpulse.domain.OutputFileException;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.ui.Messages;

/** The sentence the app shows for a problem with a program's file; never a stack trace. */
public final class ProblemText {
    private ProblemText() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof ProgramFileException problem) {
            String file = name(problem.file());
            return switch (problem.problem()) {
                case PASSWORD_NEEDED -> Messages.tr("problem.passwordNeeded", file);
                case WRONG_PASSWORD -> Messages.tr("problem.wrongPassword", file);
                case IN_USE -> Messages.tr("problem.inUse", file);
                case DAMAGED -> Messages.tr("problem.damaged", file);
                case NOT_A_BACKUP -> Messages.tr("problem.notABackup", file);
                case NEWER_BACKUP -> Messages.tr("problem.newerBackup", file);
                case NOT_WRITABLE -> Messages.tr("problem.notWritable", file);
                case NOT_A_FOLDER -> Messages.tr("problem.notAFolder", file);
            };
        }
        if (failure instanceof OutputFileException) { // its sentence already says what could not be done, and why
            return org.peerpulse.ui.Failures.sentence(failure);
        }
        return Messages.tr("problem.other", org.peerpulse.ui.Failures.sentence(failure));
    }

    /** The file's name without its folder, as the user knows it. */
    static String name(String file) {
        Path path = Path.of(file).getFileName();
        return path == null ? file : path.toString();
    }
}
