package org.peerpulse.ui;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs work as another runner does, each task first waiting until the test releases it: work as
 * long as a provincial program's, for as long as the test needs to look at what the screen says.
 */
public final class WaitingRunner implements TaskRunner {
    private final TaskRunner runner;
    private final CountDownLatch released = new CountDownLatch(1);

    public WaitingRunner(TaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return runner.track(name, progress -> {
            released.await();
            return work.call(progress);
        }, onSuccess, onFailure);
    }

    /** Lets every task waiting, and every one to come, go on. */
    public void release() {
        released.countDown();
    }
}
