package org.peerpulse.cli;

import java.io.PrintWriter;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Fill the database with the demo program (deterministic for a seed).")
final class DemoCommand extends ProgramCommand {
    @Option(names = "--seed", paramLabel = "N", description = "Seed of the demo data (default ${DEFAULT-VALUE}).")
    long seed = DemoProgram.DEFAULT_SEED;

    @Override
    int run(AppContext context, PrintWriter out) {
        if (context.program().sitesWithCounts().stream().anyMatch(entry -> !entry.site().demo() && entry.responses() > 0)) {
            throw new UserInputException("This program holds real responses; the demo's invented answers would be added"
                    + " up with them. Put the demo in a program of its own: peerpulse demo --db OTHER-FILE.");
        }
        int added = context.demo().load(seed);
        out.printf("Added the demo program (seed %d): %d sites, %d waves, %d responses. It is labelled as demo data.%n",
                seed, context.program().sites().stream().filter(org.peerpulse.domain.Site::demo).count(),
                context.program().waves().stream().filter(org.peerpulse.domain.Wave::demo).count(), added);
        return PeerPulseCli.OK;
    }
}
