package org.peerpulse.io;

/**
 * How long work reports how far it is and learns that the user cancelled it.
 * Knows nothing of JavaFX: the UI adapts a {@code javafx.concurrent.Task} to it.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units (bytes, rows…); total may be -1 when unknown. */
    void update(long done, long total);

    boolean isCancelled();

    /** What a work is doing besides what its figures count. */
    enum Step {
        /** What the figures count. */
        COUNTED,
        /** Backing the program up (before an import's first row is stored); the figures stand still. */
        BACKING_UP
    }

    /** The work now does {@code step}. */
    default void step(Step step) {
    }
}
