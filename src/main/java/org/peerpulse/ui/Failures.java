package org.peerpulse.ui;

/** What went wrong, in the words a user reads after "Nothing was changed:" and the like. */
public final class Failures {
    private Failures() {
    }

    /** The failure's own sentence, or, when it has none, which kind of error it was (never "null"). */
    public static String sentence(Throwable failure) {
        if (failure == null) {
            return Messages.tr("failure.unknown", "");
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? Messages.tr("failure.unknown", failure.getClass().getSimpleName())
                : message;
    }
}
