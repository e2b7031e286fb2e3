package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.peerpulse.service.AppContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on one program's database. */
abstract class ProgramCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PeerPulseCli root = (PeerPulseCli) spec.root().userObject();
        try (AppContext context = root.open()) {
            return run(context, spec.commandLine().getOut());
        }
    }

    abstract int run(AppContext context, PrintWriter out);
}
