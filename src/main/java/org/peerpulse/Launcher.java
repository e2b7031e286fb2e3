package org.peerpulse;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import org.peerpulse.cli.PeerPulseCli;
import org.peerpulse.ui.PeerPulseApp;

/**
 * Starts PeerPulse: without arguments the dashboard, with a command the headless command line.
 * A plain class (not an Application) so that the runnable jar can start JavaFX from the classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            PeerPulseApp.beginOpening();
            try {
                Application.launch(PeerPulseApp.class, args);
            } catch (RuntimeException noWindow) { // e.g. no display: one sentence, not JavaFX's stack trace
                PeerPulseApp.abandonOpening();
                System.err.println("PeerPulse could not open its window (" + deepest(noWindow).getMessage()
                        + "). Without a screen, give it a command instead: java -jar peerpulse.jar --help");
                System.exit(1);
            }
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Thread.setDefaultUncaughtExceptionHandler(Launcher::quietAboutMemory);
        int status = PeerPulseCli.run(args, out, err);
        if (PeerPulseCli.ranOutOfMemory()) {
            Runtime.getRuntime().halt(status); // H2's shutdown hook may wait for ever for a thread that died of it
        }
        System.exit(status);
    }

    /** A thread of H2's that ran out of memory: the command that waits for it says so in a sentence. */
    private static void quietAboutMemory(Thread thread, Throwable problem) {
        if (!(problem instanceof OutOfMemoryError)) {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            problem.printStackTrace();
        }
    }

    private static Throwable deepest(Throwable problem) {
        Throwable cause = problem;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
