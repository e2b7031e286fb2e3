package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Once the app stops, its runner is closed; an event already on its way (a figure read just before,
 * whose listener asks for the next read) must not end the app with an error, nor run its work. Work
 * under way is asked to stop, never interrupted (H2 closes the program's file under an interrupted
 * thread), and what it ends with is not reported (it came back as the damaged-file offer, whose
 * "quit" ended JavaFX in the middle of the tests).
 */
class FxTaskRunnerTest {
    @Test
    void workAskedForAfterTheRunnerClosedIsNotRunAndDoesNotFail() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();

        runner.run("check program", () -> {
            ran.set(true);
            return null;
        }, done -> ran.set(true), failure -> ran.set(true));

        Thread.sleep(200);
        assertThat(ran).isFalse();
    }

    @Test
    void workUnderWayIsAskedToStopNotInterruptedAndReportsNothingAndWorkWaitingIsNotBegun() throws Exception {
        FxToolkit.registerPrimaryStage(); // tasks report on the FX thread
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch started = new CountDownLatch(2);
        List<String> ended = new CopyOnWriteArrayList<>();
        AtomicReference<Object> reported = new AtomicReference<>();
        AtomicBoolean waitingRan = new AtomicBoolean();

        for (String name : List.of("import", "check program")) { // both threads busy
            runner.track(name, progress -> {
                started.countDown();
                try {
                    while (!progress.isCancelled()) {
                        Thread.sleep(5);
                    }
                    ended.add("asked to stop");
                } catch (InterruptedException e) {
                    ended.add("interrupted");
                    throw e;
                }
                throw new IllegalStateException("stopped half way");
            }, reported::set, reported::set);
        }
        runner.run("refresh", () -> waitingRan.getAndSet(true), reported::set, reported::set);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        runner.close();
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);

        assertThat(ended).containsExactly("asked to stop", "asked to stop");
        assertThat(reported).hasValue(null);
        assertThat(waitingRan).as("work waiting its turn").isFalse();
    }
}
