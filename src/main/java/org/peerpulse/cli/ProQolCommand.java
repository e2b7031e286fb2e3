package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.stats.ProQolBand;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "proqol", description = "ProQOL 5 subscale scores (raw-score convention) and bands, where it was fielded.")
final class ProQolCommand extends ProgramCommand {
    @Option(names = "--site", paramLabel = "S", description = "One site (default: all).")
    String siteName;

    @Option(names = "--wave", paramLabel = "W", description = "One wave (default: all).")
    String waveLabel;

    @Mixin
    AnalysisOptions options = new AnalysisOptions();

    @Override
    int run(AppContext context, PrintWriter out) {
        Names names = new Names(context);
        Site site = siteName == null ? null : names.site(siteName);
        Wave wave = waveLabel == null ? null : names.wave(waveLabel, "--wave");
        ProQolSummary summary = context.proqol().summary(site, wave, options.showSmallNumbers(context));
        int k = context.program().settings().minGroupSize();
        if (options.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("site", site == null ? null : site.name());
            doc.put("wave", wave == null ? null : wave.label());
            doc.put("k", k);
            List<Map<String, Object>> rows = new ArrayList<>();
            summary.subscales().forEach(s -> rows.add(toJson(s)));
            doc.put("subscales", rows);
            out.println(Json.write(options.marked(doc)));
            return PeerPulseCli.OK;
        }
        options.markText(out);
        TextTable table = new TextTable("Subscale", "n", "Mean", "95% CI", "Low", "Moderate", "High");
        for (ProQolSummary.Subscale s : summary.subscales()) {
            if (s.n() == null) {
                table.add(s.kind().code(), s.suppressed() ? SmallNumbers.hiddenMark(k) : "not fielded", "", "", "", "", "");
                continue;
            }
            var ci = s.mean().ci();
            table.add(s.kind().code(), s.n(), String.format("%.1f", s.mean().mean()),
                    ci.isDefined() ? String.format("%.1f–%.1f", ci.low(), ci.high()) : "",
                    band(s, ProQolBand.LOW), band(s, ProQolBand.MODERATE), band(s, ProQolBand.HIGH));
        }
        table.print(out);
        out.println("Bands: 22 or less low, 23–41 moderate, 42 or more high (ProQOL 5 manual). \""
                + SmallNumbers.hiddenMark(k) + "\": fewer than " + k
                + ", or hidden so that a small count cannot be worked out.");
        return PeerPulseCli.OK;
    }

    private static String band(ProQolSummary.Subscale s, ProQolBand band) {
        return s.bands().label(s.bands().cell(0, band.ordinal()), Long::toString);
    }

    private static Map<String, Object> toJson(ProQolSummary.Subscale s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("subscale", s.kind().code());
        row.put("n", s.n());
        row.put("mean", s.mean() == null ? null : Json.round(s.mean().mean(), 2));
        row.put("sd", s.mean() == null ? null : Json.round(s.mean().sd(), 2));
        boolean ci = s.mean() != null && s.mean().ci().isDefined();
        row.put("ci_low", ci ? Json.round(s.mean().ci().low(), 2) : null);
        row.put("ci_high", ci ? Json.round(s.mean().ci().high(), 2) : null);
        Map<String, Object> bands = new LinkedHashMap<>();
        for (ProQolBand band : ProQolBand.values()) {
            var cell = s.bands().cell(0, band.ordinal());
            bands.put(band.name().toLowerCase(java.util.Locale.ROOT),
                    s.n() == null || cell.hidden() ? null : cell.count().getAsLong());
        }
        row.put("bands", bands);
        row.put("suppressed", s.suppressed());
        return row;
    }
}
