package org.peerpulse.cli;

import java.util.ArrayList;
import java.util.List;
import org.peerpulse.service.AppContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every analysis command shares: JSON output and the small-numbers override. */
final class AnalysisOptions {
    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--no-suppress", description = "Show small numbers (internal use); written to the audit log.")
    boolean noSuppress;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Whether small numbers are shown; when they are, first writes that to the audit trail with
     * the command as it was typed (cli.md: "written to the audit log").
     */
    boolean showSmallNumbers(AppContext context) {
        if (noSuppress) {
            context.audit().smallNumbersSwitched(true, "by the command line: peerpulse " + typed());
        }
        return noSuppress;
    }

    /** A JSON document of the command, saying whether small numbers are shown in it (cli.md, analysis.md rule 5). */
    java.util.Map<String, Object> marked(java.util.Map<String, Object> document) {
        document.put("small_numbers_shown", noSuppress);
        return document;
    }

    /** The first line of the command's text while small numbers are shown, so that a copy of it says so too. */
    void markText(java.io.PrintWriter out) {
        if (noSuppress) {
            out.println("SMALL NUMBERS SHOWN (internal use): figures about a handful of people are not hidden;"
                    + " do not share this output.");
        }
    }

    /** The arguments as typed, without the database's path. */
    private String typed() {
        List<String> args = new ArrayList<>();
        List<String> original = command.commandLine().getParseResult().originalArgs();
        for (int i = 0; i < original.size(); i++) {
            String arg = original.get(i);
            if (arg.equals("--db")) {
                i++;
            } else if (!arg.startsWith("--db=")) {
                args.add(arg);
            }
        }
        return String.join(" ", args);
    }
}
