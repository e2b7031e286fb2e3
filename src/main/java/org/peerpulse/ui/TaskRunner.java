package org.peerpulse.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peerpulse.io.Progress;

/**
 * Runs database and file work away from the JavaFX thread and hands the result back on it.
 * View models depend on this interface; tests use {@link #direct()}, which runs on the caller.
 */
public interface TaskRunner {

    /** Work that reports its progress and checks for cancellation through {@link Progress}. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Long work under way: its progress (0–1, or −1 when unknown) and a way to cancel it. */
    interface Job {
        ReadOnlyDoubleProperty progressProperty();

        /** What the work is doing besides what its progress counts (e.g. backing up before an import). */
        ReadOnlyObjectProperty<Progress.Step> stepProperty();

        /** Asks the work to stop; it finishes early and reports that it was cancelled. */
        void cancel();
    }

    <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default <T> void run(String name, java.util.concurrent.Callable<T> work, Consumer<T> onSuccess,
                         Consumer<Throwable> onFailure) {
        track(name, progress -> work.call(), onSuccess, onFailure);
    }

    /** Runs the work at once on the calling thread (for view-model tests). */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                SimpleJob job = new SimpleJob();
                T result;
                try {
                    result = work.call(job.progress(job::set, job::set));
                } catch (Exception e) {
                    onFailure.accept(e);
                    return job;
                }
                onSuccess.accept(result);
                return job;
            }
        };
    }

    /** A job whose progress is set by whoever runs it. */
    final class SimpleJob implements Job {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyObjectWrapper<Progress.Step> step = new ReadOnlyObjectWrapper<>(Progress.Step.COUNTED);
        private final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyObjectProperty<Progress.Step> stepProperty() {
            return step.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        void set(double value) {
            progress.set(value);
        }

        void set(Progress.Step now) {
            step.set(now);
        }

        /**
         * The {@link Progress} the work sees: it forwards fractions to {@code sink}, steps to {@code
         * steps}, and reads cancellation.
         */
        Progress progress(java.util.function.DoubleConsumer sink, Consumer<Progress.Step> steps) {
            return new Progress() {
                @Override
                public void update(long done, long total) {
                    sink.accept(total > 0 ? Math.min(1.0, (double) done / total) : -1);
                }

                @Override
                public void step(Step now) {
                    steps.accept(now);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            };
        }
    }
}
