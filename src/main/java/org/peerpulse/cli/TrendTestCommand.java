package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.WaveTrend;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trend-test", description = "Cochran–Armitage test for a trend in a domain's high-stress share across all waves.")
final class TrendTestCommand extends ProgramCommand {
    @Option(names = "--domain", paramLabel = "D", required = true, description = "financial, work, housing, resources or trauma.")
    String domainCode;

    @Option(names = "--site", paramLabel = "S", description = "A site, by name or code (default: the whole program).")
    String siteName;

    @Mixin
    AnalysisOptions options = new AnalysisOptions();

    @Override
    int run(AppContext context, PrintWriter out) {
        Names names = new Names(context);
        StressDomain domain = names.domain(domainCode);
        Site site = siteName == null ? null : names.site(siteName);
        WaveTrend trend = context.trends().trendTest(domain, site, options.showSmallNumbers(context));
        int k = context.program().settings().minGroupSize();
        if (options.json) {
            out.println(Json.write(options.marked(toJson(domain, site, trend))));
            return PeerPulseCli.OK;
        }
        options.markText(out);
        TextTable table = new TextTable("Wave", "n", "Count", "%");
        for (WaveTrend.Point point : trend.points()) {
            var f = point.figure();
            table.add(point.wave().label(), f.suppressed() ? SmallNumbers.hiddenMark(k) : f.n(), f.hasValue() ? f.count() : "",
                    f.hasValue() ? String.format("%.1f", f.proportion() * 100) : "");
        }
        table.print(out);
        if (trend.points().stream().anyMatch(point -> point.figure().suppressed())) {
            out.println("\"" + SmallNumbers.hiddenMark(k) + "\": " + SmallNumbers.hiddenGroup(k)
                    + "; the test leaves those waves out and keeps the others in their place in time.");
        }
        if (trend.test() == null) {
            out.println("No trend test: fewer than three waves with enough responses.");
        } else {
            out.printf("Cochran–Armitage over %d waves: X² = %.4f, %s — %s%n", trend.wavesTested(),
                    trend.test().chi2(), org.peerpulse.analysis.PValue.text(trend.test().p(), java.util.Locale.ROOT),
                    trend.test().p() < 0.05
                            ? (trend.direction() > 0 ? "a real upward trend." : "a real downward trend.")
                            : "no clear trend.");
        }
        return PeerPulseCli.OK;
    }

    private static Map<String, Object> toJson(StressDomain domain, Site site, WaveTrend trend) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("domain", domain.code());
        doc.put("site", site == null ? null : site.name());
        List<Map<String, Object>> waves = new ArrayList<>();
        for (WaveTrend.Point point : trend.points()) {
            Map<String, Object> wave = new LinkedHashMap<>();
            wave.put("wave", point.wave().label());
            wave.put("n", point.figure().n());
            wave.put("count", point.figure().count());
            wave.put("suppressed", point.figure().suppressed());
            waves.add(wave);
        }
        doc.put("waves", waves);
        doc.put("waves_tested", trend.wavesTested());
        doc.put("chi2", trend.test() == null ? null : Json.round(trend.test().chi2(), 4));
        doc.put("p", trend.test() == null ? null : Json.significant(trend.test().p(), 4));
        doc.put("suppressed", trend.test() == null);
        return doc;
    }
}
