package org.peerpulse.cli;

import picocli.CommandLine.Option;

/** The options every analysis command shares: JSON output and the small-numbers override. */
final class AnalysisOptions {
    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--no-suppress", description = "Show small numbers (internal use).")
    boolean noSuppress;
}
