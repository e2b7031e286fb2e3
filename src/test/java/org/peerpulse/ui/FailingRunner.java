package org.peerpulse.ui;

import java.util.function.Consumer;
import org.peerpulse.storage.StorageException;

/**
 * Runs work as another runner does until the test says the disk has failed: from then on every
 * task fails, through that runner, as a read from a failing disk would.
 */
public final class FailingRunner implements TaskRunner {
    /** The failure each task meets, as the storage layer words it. */
    public static final StorageException DISK_ERROR = new StorageException("read the answers",
            new java.sql.SQLException("disk I/O error"));

    private final TaskRunner runner;
    private volatile boolean failing;

    public FailingRunner(TaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return runner.track(name, progress -> {
            if (failing) {
                throw DISK_ERROR;
            }
            return work.call(progress);
        }, onSuccess, onFailure);
    }

    public void failing(boolean now) {
        failing = now;
    }
}
