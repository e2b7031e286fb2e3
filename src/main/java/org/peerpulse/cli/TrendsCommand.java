package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.TrendQuery;
import org.peerpulse.service.TrendTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trends", description = "One row per site (or the whole program), wave and domain.")
final class TrendsCommand extends ProgramCommand {
    @Option(names = "--site", paramLabel = "S", description = "A site, by name or code; repeat for several.")
    List<String> siteNames = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "D", description = "financial, work, housing, resources or trauma;"
            + " repeat for several (default all).")
    List<String> domainCodes = new ArrayList<>();

    @Option(names = "--measure", paramLabel = "M", description = "high (default), mean or top3.")
    String measureCode = "high";

    @Mixin
    AnalysisOptions options = new AnalysisOptions();

    @Override
    int run(AppContext context, PrintWriter out) {
        Measure measure = Measure.fromCode(measureCode).orElseThrow(() -> new UserInputException(
                "--measure: \"" + measureCode + "\" is not a measure; use high, mean or top3."));
        List<SiteId> sites = new ArrayList<>();
        for (String name : siteNames) {
            sites.add(new Names(context).site(name).id());
        }
        List<StressDomain> domains = new ArrayList<>();
        for (String code : domainCodes) {
            domains.add(new Names(context).domain(code));
        }
        TrendTable table = context.trends().trends(new TrendQuery(sites, domains, measure, options.showSmallNumbers(context)));
        if (options.json) {
            out.println(Json.write(toJson(table)));
        } else {
            print(table, out);
        }
        return PeerPulseCli.OK;
    }

    private static Map<String, Object> toJson(TrendTable table) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("measure", table.measure().code());
        document.put("threshold", table.settings().highStressThreshold());
        document.put("k", table.settings().minGroupSize());
        document.put("small_numbers_shown", table.showSmallNumbers());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrendPoint point : table.points()) {
            Figure figure = point.figure();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("site", table.siteName(point.site()));
            row.put("wave", table.wave(point.wave()).label());
            row.put("domain", point.domain().code());
            row.put("n", figure.suppressed() ? null : figure.n()); // cli.md: null in every figure of a suppressed row
            row.put("count", figure.count());
            row.put("pct", figure.proportion() == null ? null : Json.round(figure.proportion() * 100, 2));
            row.put("ci_low", Json.round(figure.plottedLow(), 2));
            row.put("ci_high", Json.round(figure.plottedHigh(), 2));
            row.put("mean", Json.round(figure.mean(), 2));
            if (table.measure() == Measure.MEAN) {
                row.put("sd", Json.round(figure.sd(), 2));
            }
            row.put("suppressed", figure.suppressed());
            rows.add(row);
        }
        document.put("rows", rows);
        return document;
    }

    private static void print(TrendTable table, PrintWriter out) {
        int k = table.settings().minGroupSize();
        boolean proportion = table.measure() != Measure.MEAN;
        TextTable text = new TextTable("Site", "Wave", "Domain", "n", proportion ? "Count" : "",
                proportion ? "%" : "Mean", proportion ? "" : "SD", "95% CI");
        for (TrendPoint point : table.points()) {
            Figure f = point.figure();
            String site = point.site() == null ? "All sites" : table.siteName(point.site());
            String wave = table.wave(point.wave()).label();
            if (f.onlyCountHidden()) {
                text.add(site, wave, point.domain().code(), f.n(), org.peerpulse.analysis.SmallNumbers.hiddenMark(k),
                        "", "", "");
            } else if (f.suppressed()) {
                text.add(site, wave, point.domain().code(), org.peerpulse.analysis.SmallNumbers.hiddenMark(k), "", "", "",
                        "");
            } else if (!f.hasValue()) {
                text.add(site, wave, point.domain().code(), f.n(), "", "no answers", "", "");
            } else {
                text.add(site, wave, point.domain().code(), f.n(), proportion ? f.count() : "",
                        String.format("%.1f", f.plotted()), f.sd() == null ? "" : String.format("%.2f", f.sd()),
                        f.plottedLow() == null ? "" : String.format("%.1f–%.1f", f.plottedLow(), f.plottedHigh()));
            }
        }
        text.print(out);
        out.printf("Measure: %s. %s \"%s\": %s%s%s.%n", table.measure().code(), whatItCounts(table),
                org.peerpulse.analysis.SmallNumbers.hiddenMark(k), org.peerpulse.analysis.SmallNumbers.hiddenGroup(k),
                table.measure() == Measure.TOP3 ? "; in Count, " + org.peerpulse.analysis.SmallNumbers.hiddenCount(k) : "",
                table.showSmallNumbers() ? " — SMALL NUMBERS SHOWN (internal use)" : "");
    }

    private static String whatItCounts(TrendTable table) {
        return switch (table.measure()) {
            case HIGH -> "High stress: overall item at " + table.settings().highStressThreshold() + " or above.";
            case TOP3 -> "Count: workers who put the domain among their three biggest stressors.";
            case MEAN -> "Mean: the domain's score on its 1–5 scale, with its standard deviation and 95% t interval.";
        };
    }
}
