package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.stats.ChangeTestResult;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ChangeTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compare", description = "The 2×2 change test of a domain's high-stress share between two waves.")
final class CompareCommand extends ProgramCommand {
    @Option(names = "--domain", paramLabel = "D", required = true, description = "financial, work, housing, resources or trauma.")
    String domainCode;

    @Option(names = "--from", paramLabel = "WAVE", required = true, description = "The earlier wave.")
    String fromLabel;

    @Option(names = "--to", paramLabel = "WAVE", required = true, description = "The later wave.")
    String toLabel;

    @Option(names = "--site", paramLabel = "S", description = "A site, by name or code (default: the whole program).")
    String siteName;

    @Mixin
    AnalysisOptions options = new AnalysisOptions();

    @Override
    int run(AppContext context, PrintWriter out) {
        Names names = new Names(context);
        StressDomain domain = names.domain(domainCode);
        Wave from = names.wave(fromLabel, "--from");
        Wave to = names.wave(toLabel, "--to");
        Site site = siteName == null ? null : names.site(siteName);
        ChangeTable table = context.changes().compare(from, to, site == null ? List.of() : List.of(site),
                List.of(domain), options.showSmallNumbers(context));
        Change change = table.rows().stream().filter(r -> r.site() == null ? site == null : r.site().equals(site))
                .findFirst().orElseThrow().change();
        if (options.json) {
            out.println(Json.write(options.marked(toJson(domain, site, from, to, change))));
        } else {
            options.markText(out);
            print(out, domain, site, from, to, change, table.settings().minGroupSize());
        }
        return PeerPulseCli.OK;
    }

    private static Map<String, Object> toJson(StressDomain domain, Site site, Wave from, Wave to, Change change) {
        ChangeTestResult test = change.test();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("domain", domain.code());
        doc.put("site", site == null ? null : site.name());
        doc.put("from", side(from, change.from()));
        doc.put("to", side(to, change.to()));
        doc.put("chi2_yates", test == null ? null : Json.round(test.chi2Yates(), 4));
        doc.put("p_yates", test == null ? null : Json.significant(test.pYates(), 4));
        doc.put("fisher_p", test == null ? null : Json.significant(test.fisherP(), 4));
        doc.put("min_expected", test == null ? null : Json.round(test.minExpected(), 2));
        doc.put("test", test == null ? null : test.test().code());
        doc.put("p", test == null ? null : Json.significant(test.p(), 4));
        doc.put("suppressed", test == null && (change.from().suppressed() || change.to().suppressed()
                || (change.from().hasValue() && change.to().hasValue())));
        return doc;
    }

    private static Map<String, Object> side(Wave wave, Figure figure) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("wave", wave.label());
        side.put("n", figure.n());
        side.put("count", figure.count());
        side.put("pct", figure.proportion() == null ? null : Json.round(figure.proportion() * 100, 2));
        return side;
    }

    private static void print(PrintWriter out, StressDomain domain, Site site, Wave from, Wave to, Change change, int k) {
        String group = site == null ? "All sites" : site.name();
        out.printf("%s, %s: high stress %s → %s%n", group, domain.code(), describe(from, change.from(), k),
                describe(to, change.to(), k));
        ChangeTestResult test = change.test();
        if (test == null) {
            boolean before = change.from().nobodyAnswered();
            boolean after = change.to().nobodyAnswered();
            out.println(before && after ? "No test: nobody answered in either wave."
                    : before || after ? "No test: nobody answered in one of the waves."
                    : "No test: a wave shows no figure (groups of fewer than " + k + ", and those hidden to protect"
                    + " them, are not tested).");
            return;
        }
        out.printf("chi-square (Yates) = %.4f, %s; Fisher %s; smallest expected count %.2f%n",
                test.chi2Yates(), p(test.pYates()), p(test.fisherP()), test.minExpected());
        out.printf("Reported: %s %s — %s%n", test.test().code().equals("fisher") ? "Fisher" : "chi-square",
                p(test.p()), test.p() < 0.05 ? "a real change." : change.tooFewToTell()
                        ? "not conclusive: too few responses to tell." : "no clear change: it could be chance.");
    }

    private static String describe(Wave wave, Figure figure, int k) {
        if (figure.suppressed()) {
            return wave.label() + ": " + org.peerpulse.analysis.SmallNumbers.hiddenGroup(k);
        }
        if (!figure.hasValue()) {
            return wave.label() + ": no answers";
        }
        return String.format("%s: %.1f%% (%d of %d)", wave.label(), figure.proportion() * 100, figure.count(), figure.n());
    }

    private static String p(double p) {
        return org.peerpulse.analysis.PValue.text(p, java.util.Locale.ROOT);
    }
}
