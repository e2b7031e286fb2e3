package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The latest request wins, a failure shows none and says why, and the figures say while they are being worked out. */
class ShownFiguresTest {
    /** Holds each request's callbacks until the test answers it. */
    private static final class HeldRunner implements TaskRunner {
        private final List<Consumer<Object>> successes = new ArrayList<>();
        private final List<Consumer<Throwable>> failures = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            successes.add(result -> onSuccess.accept((T) result));
            failures.add(onFailure);
            return new SimpleJob();
        }
    }

    private final HeldRunner runner = new HeldRunner();
    private final ShownFigures<String> figures = new ShownFigures<>("none");

    @Test
    void anOlderResultArrivingLateIsDroppedAndWorkingLastsUntilTheLatestIsIn() {
        figures.compute(runner, "first", () -> "first");
        figures.compute(runner, "second", () -> "second");
        assertThat(figures.workingProperty().get()).isTrue();

        runner.successes.get(0).accept("first");
        assertThat(figures.property().get()).as("an older request's result").isEqualTo("none");
        assertThat(figures.workingProperty().get()).as("the latest is still being worked out").isTrue();

        runner.successes.get(1).accept("second");
        assertThat(figures.property().get()).isEqualTo("second");
        assertThat(figures.workingProperty().get()).isFalse();
    }

    @Test
    void aFailureShowsNoneSaysWhyAndEndsTheWorkingUntilALaterRequestSucceeds() {
        figures.compute(runner, "first", () -> "first");
        runner.successes.get(0).accept("first");
        figures.compute(runner, "second", () -> "second");
        runner.failures.get(1).accept(new IllegalStateException("disk I/O error"));
        assertThat(figures.property().get()).isEqualTo("none");
        assertThat(figures.problemProperty().get()).contains("disk I/O error");
        assertThat(figures.workingProperty().get()).isFalse();

        figures.compute(runner, "third", () -> "third");
        runner.successes.get(2).accept("third");
        assertThat(figures.property().get()).isEqualTo("third");
        assertThat(figures.problemProperty().get()).isEmpty();
    }
}
