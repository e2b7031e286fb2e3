package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.associations.AssociationsViewModel;
import org.peerpulse.ui.health.HealthViewModel;

/**
 * Cross-tabs and ProQOL of every wave take seconds on a provincial program (issue 8): the two
 * views say they are reading until the latest request's figures are in, and only then; the health
 * rows, read from summary counts, do not wait for ProQOL.
 */
class AnalysisBusyTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());
    private final HeldRunner runner = new HeldRunner();

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void healthShowsItsRowsAtOnceAndIsBusyUntilTheLatestProQolIsIn() {
        context.demo().load(2019);
        HealthViewModel model = new HealthViewModel(context, runner, new AppState());
        model.load();
        runner.runNext(); // the sites
        assertThat(model.busyProperty().get()).as("figures asked for").isTrue();
        model.siteProperty().set(model.sites().get(0));
        runner.runNext(); // the first request's rows and ProQOL: no longer wanted
        runner.runNext();
        assertThat(model.busyProperty().get()).as("the second request is still out").isTrue();
        assertThat(model.rowsProperty().get()).isNull();
        assertThat(model.proqolProperty().get()).isNull();
        runner.runNext(); // the second request's rows
        assertThat(model.rowsProperty().get().rows()).as("shown before ProQOL is read").hasSize(8);
        assertThat(model.busyProperty().get()).as("ProQOL still being read").isTrue();
        runner.runNext();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.proqolProperty().get().subscales()).hasSize(3);
    }

    @Test
    void associationsAreBusyUntilTheTableIsInOrHasFailed() {
        context.demo().load(2019);
        AssociationsViewModel model = new AssociationsViewModel(context, runner, new AppState());
        model.load();
        runner.runNext(); // waves and sites
        assertThat(model.busyProperty().get()).isTrue();
        runner.runNext();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.tableProperty().get()).isNotNull();

        model.rowsProperty().set("no_such_variable");
        assertThat(model.busyProperty().get()).isTrue();
        runner.runNext();
        assertThat(model.busyProperty().get()).as("a refused variable ends the reading too").isFalse();
        assertThat(model.problemProperty().get()).contains("no_such_variable");
    }

    /** Holds each task until the test runs it, as a slow database would. */
    private static final class HeldRunner implements TaskRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            SimpleJob job = new SimpleJob();
            held.add(() -> {
                T result;
                try {
                    result = work.call(job.progress(job::set, job::set));
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
            return job;
        }

        void runNext() {
            assertThat(held).as("a task waiting").isNotEmpty();
            held.poll().run();
        }
    }
}
