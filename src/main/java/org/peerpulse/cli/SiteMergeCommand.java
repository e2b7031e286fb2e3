package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.MergeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sites merge FROM --into TO}: two spellings of one site become one. */
@Command(name = "merge", description = "Move every response of FROM into TO and delete FROM (all or nothing).")
final class SiteMergeCommand extends ProgramCommand {
    @Parameters(paramLabel = "FROM", description = "The site to merge away, by name or code.")
    String fromName;

    @Option(names = "--into", required = true, paramLabel = "TO", description = "The site that is kept.")
    String intoName;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    int run(AppContext context, PrintWriter out) {
        Site from = Lookup.site(context.program(), fromName);
        Site into = Lookup.site(context.program(), intoName);
        if (from.id().equals(into.id())) {
            throw new UserInputException("\"" + fromName + "\" and \"" + intoName + "\" are the same site, "
                    + from.name() + ": there is nothing to merge.");
        }
        MergeResult result = context.program().mergeSites(from.id(), into.id());
        if (json) {
            out.println(Json.write(toJson(result)));
        } else if (result.merged()) {
            out.printf("Merged %s into %s: %s moved, %s deleted.%n", from.name(), into.name(),
                    Words.count(result.moved(), "response", "responses"), from.name());
        }
        if (result.merged()) {
            return PeerPulseCli.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        int conflicts = result.conflicts().size();
        err.printf("%s was not merged into %s, nothing was changed: %s in the same wave at both sites.%n",
                from.name(), into.name(), conflicts == 1 ? "one respondent code appears"
                        : conflicts + " respondent codes appear");
        result.sentences().forEach(err::println);
        return PeerPulseCli.BAD_INPUT;
    }

    private static Map<String, Object> toJson(MergeResult result) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", result.from().name());
        doc.put("into", result.into().name());
        doc.put("merged", result.merged());
        doc.put("moved", result.moved());
        List<Map<String, Object>> conflicts = result.conflicts().stream().map(c -> {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("wave", c.wave());
            conflict.put("respondent", c.fromRespondent());
            conflict.put("into_respondent", c.intoRespondent());
            conflict.put("message", c.sentence(result.from(), result.into()));
            return conflict;
        }).toList();
        doc.put("conflicts", conflicts);
        return doc;
    }
}
