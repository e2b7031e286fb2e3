package org.peerpulse.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs work in {@code javafx.concurrent} tasks on named daemon threads; results come back on the FX thread.
 *
 * <p>Closing it (the app stopping) asks the work under way to stop, as its cancel button would, and
 * waits a moment for it; work waiting its turn, or asked for after, is not run, and work that ends
 * after reports nothing: there is no window left to show it in. The work is never interrupted: a
 * thread interrupted while H2 reads or writes closes the program's file under every connection, and
 * the program's reading then fails as if the file were damaged (the damaged-file offer came up as
 * the app stopped).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final long WAIT_FOR_WORK_SECONDS = 2;

    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), work -> {
                Thread thread = new Thread(work, "peerpulse-worker-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
    private final Set<Job> underWay = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        SimpleJob job = new SimpleJob();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(name);
                try {
                    return work.call(job.progress(fraction -> Platform.runLater(() -> job.set(fraction)),
                            step -> Platform.runLater(() -> job.set(step))));
                } finally {
                    underWay.remove(job);
                }
            }
        };
        task.setOnSucceeded(e -> {
            if (!closed.get()) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (!closed.get()) {
                onFailure.accept(task.getException());
            }
        });
        underWay.add(job);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException whenClosed) {
            underWay.remove(job); // a late event's work, asked for as the app stops
        }
        return job;
    }

    @Override
    public void close() {
        closed.set(true);
        executor.shutdown();
        executor.getQueue().clear(); // work not yet begun is not begun
        underWay.forEach(Job::cancel);
        try {
            executor.awaitTermination(WAIT_FOR_WORK_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
