package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Once the app stops, its runner is closed; an event already on its way (a figure read just before,
 * whose listener asks for the next read) must not end the app with an error, nor run its work.
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
}
