package org.peerpulse.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs work in {@code javafx.concurrent} tasks on named daemon threads; results come back on the FX thread.
 * Once closed (the app stopping), work still asked for is not run.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "peerpulse-worker-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        SimpleJob job = new SimpleJob();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(name);
                return work.call(job.progress(fraction -> Platform.runLater(() -> job.set(fraction)),
                        step -> Platform.runLater(() -> job.set(step))));
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the app is stopping (closed below): work a late event asks for has no window left to show it in
        }
        return job;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
