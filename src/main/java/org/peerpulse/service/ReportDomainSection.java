package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.analysis.WaveTrend;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.io.report.ChartData;
import org.peerpulse.io.report.ReportBlock;

/**
 * A domain's section: its trend chart, the sites × waves table of high-stress shares and the
 * change test between the first and the last wave covered. Every figure is the {@code trends}
 * figure of the same site (or the program), wave and domain.
 */
final class ReportDomainSection {
    /** Wave columns per table; more waves make more tables, one under the other. */
    private static final int WAVES_PER_TABLE = 5;

    private final ReportSources sources;
    private final ReportScope scope;

    ReportDomainSection(ReportSources sources, ReportScope scope) {
        this.sources = sources;
        this.scope = scope;
    }

    List<ReportBlock> blocks(StressDomain domain, List<ChartData.Band> bands) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading(ReportText.domain(domain) + " stress", 1));
        if (scope.withData().isEmpty()) {
            blocks.add(ReportBlock.Paragraph.of("No wave covered by this report has responses."));
            return blocks;
        }
        Map<WaveId, Figure> program = series(List.of(), domain).get(null);
        Map<SiteId, Map<WaveId, Figure>> sites = series(scope.sites().stream().map(Site::id).toList(), domain);
        blocks.add(new ReportBlock.Chart(chart(domain, program, sites, bands)));
        blocks.add(new ReportBlock.Heading("High stress by site and wave", 2));
        blocks.addAll(tables(program, sites));
        blocks.add(ReportBlock.Paragraph.note("Each cell: the share with high stress, (how many / how many answered),"
                + " and its 95% Wilson interval below. " + SmallNumbers.hiddenMark(scope.k()) + ": "
                + SmallNumbers.hiddenGroup(scope.k()) + "."));
        blocks.addAll(changeTest(domain));
        return blocks;
    }

    /** The trends figures, keyed by site (null: the program) and wave. */
    private Map<SiteId, Map<WaveId, Figure>> series(List<SiteId> sites, StressDomain domain) {
        TrendTable table = sources.trends().trends(new TrendQuery(sites, List.of(domain), Measure.HIGH, false));
        Map<SiteId, Map<WaveId, Figure>> series = new java.util.HashMap<>();
        for (TrendPoint point : table.points()) {
            series.computeIfAbsent(point.site(), s -> new java.util.HashMap<>()).put(point.wave(), point.figure());
        }
        return series;
    }

    private ChartData chart(StressDomain domain, Map<WaveId, Figure> program, Map<SiteId, Map<WaveId, Figure>> sites,
                            List<ChartData.Band> bands) {
        List<ChartData.Series> series = new ArrayList<>();
        if (scope.isSiteReport()) {
            series.add(series(scope.site().name(), ReportText.colour(domain), ChartData.Marker.CIRCLE, false,
                    sites.get(scope.site().id())));
            series.add(series(ReportText.ALL_SITES, 0x6E7781, ChartData.Marker.SQUARE, true, program));
        } else {
            series.add(series(ReportText.ALL_SITES, ReportText.colour(domain), ChartData.Marker.CIRCLE, false,
                    program));
        }
        return new ChartData(ReportText.domain(domain) + ": share with high stress, " + scope.groupName(),
                "% with high stress (95% interval)", 100, scope.waves().stream().map(Wave::label).toList(), series,
                bands, "Points are left out where a group shows no figure: " + SmallNumbers.hiddenGroup(scope.k()) + "."
                + (bands.isEmpty() ? "" : scope.isSiteReport() ? " Shaded: when an intervention on this domain ran."
                : " Shaded: when an intervention on this domain ran, at the sites it names."));
    }

    private ChartData.Series series(String name, int rgb, ChartData.Marker marker, boolean dashed,
                                    Map<WaveId, Figure> figures) {
        List<ChartData.Point> points = new ArrayList<>();
        for (Wave wave : scope.waves()) {
            Figure figure = figures == null ? null : figures.get(wave.id());
            // the dashed line is there for comparison: its intervals would only crowd the chart
            points.add(figure == null || !figure.hasValue() ? null
                    : new ChartData.Point(figure.plotted(), dashed ? null : figure.plottedLow(),
                    dashed ? null : figure.plottedHigh()));
        }
        return new ChartData.Series(name, rgb, marker, dashed, points);
    }

    /** Groups as rows, waves as columns: the site (or every site) and the program. */
    private List<ReportBlock> tables(Map<WaveId, Figure> program, Map<SiteId, Map<WaveId, Figure>> sites) {
        List<ReportBlock> tables = new ArrayList<>();
        List<Wave> waves = scope.waves();
        for (int start = 0; start < waves.size(); start += WAVES_PER_TABLE) {
            List<Wave> part = waves.subList(start, Math.min(waves.size(), start + WAVES_PER_TABLE));
            List<String> headers = new ArrayList<>(List.of("Site"));
            part.forEach(w -> headers.add(w.label()));
            List<Double> widths = new ArrayList<>(List.of(1.5));
            part.forEach(w -> widths.add(1.0));
            while (headers.size() < WAVES_PER_TABLE + 1) { // every part keeps the same column widths
                headers.add("");
                widths.add(1.0);
            }
            List<List<String>> rows = new ArrayList<>();
            for (Site site : scope.sites()) {
                rows.add(row(site.name(), part, sites.get(site.id()), headers.size()));
            }
            rows.add(row(ReportText.ALL_SITES, part, program, headers.size()));
            tables.add(new ReportBlock.Table(headers, widths, rows));
        }
        return tables;
    }

    private List<String> row(String name, List<Wave> waves, Map<WaveId, Figure> figures, int columns) {
        List<String> row = new ArrayList<>(List.of(name));
        for (Wave wave : waves) {
            row.add(ReportText.figureCell(figures == null ? null : figures.get(wave.id()), scope.k()));
        }
        while (row.size() < columns) {
            row.add("");
        }
        return row;
    }

    private List<ReportBlock> changeTest(StressDomain domain) {
        List<ReportBlock> blocks = new ArrayList<>();
        Wave from = scope.first();
        Wave to = scope.latest();
        blocks.add(new ReportBlock.Heading("Did it change?", 2));
        if (from == null || from.equals(to)) {
            blocks.add(ReportBlock.Paragraph.of("Only one wave with responses is covered, so there is no change to test."));
        } else {
            ChangeTable table = sources.changes().compare(from, to, scope.sites(), List.of(domain), false);
            Map<SiteId, Site> byId = scope.sites().stream().collect(Collectors.toMap(Site::id, Function.identity()));
            List<List<String>> rows = new ArrayList<>();
            for (ChangeTable.Row row : table.rows()) {
                if (row.site() != null && !byId.containsKey(row.site().id())) {
                    continue;
                }
                rows.add(List.of(row.site() == null ? ReportText.ALL_SITES : row.site().name(),
                        ReportText.figure(row.change().from(), scope.k()),
                        ReportText.figure(row.change().to(), scope.k()), ReportText.change(row.change()),
                        ReportText.verdict(row.change(), scope.k())));
            }
            blocks.add(ReportBlock.Paragraph.of("High stress in " + from.label() + " and in " + to.label()
                    + ", the first and last waves covered, and whether the difference is real."));
            blocks.add(new ReportBlock.Table(List.of("Site", from.label(), to.label(), "Change", "In plain words"),
                    List.of(1.5, 1.1, 1.1, 0.9, 2.6), rows));
        }
        blocks.add(ReportBlock.Paragraph.of(trend(domain)));
        return blocks;
    }

    /** The Cochran–Armitage test across the waves the report covers, in one sentence. */
    private String trend(StressDomain domain) {
        WaveTrend trend = sources.trends().trendTest(domain, scope.site(), scope.waves(), false);
        String where = scope.groupName();
        if (trend.test() == null) {
            return "Trend across the waves covered (" + where + "): not tested, since fewer than three of them can be"
                    + " shown or they hold too few responses.";
        }
        String direction = trend.test().p() >= 0.05 ? "no trend the test can tell from chance"
                : trend.direction() > 0 ? "a rising trend, unlikely to be chance"
                : trend.direction() < 0 ? "a falling trend, unlikely to be chance" : "no clear direction";
        return String.format(java.util.Locale.ROOT,
                "Trend across the waves covered (%s, Cochran\u2013Armitage test over the %d that can be shown): %s"
                        + " (\u03c7\u00b2 = %.2f, %s).", where, trend.wavesTested(), direction, trend.test().chi2(),
                ReportText.p(trend.test().p()));
    }
}
