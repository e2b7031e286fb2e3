package org.peerpulse.service;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.io.Progress;
import org.peerpulse.io.export.AtomicFile;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportCell;
import org.peerpulse.io.export.ExportFormat;
import org.peerpulse.io.export.ExportTable;
import org.peerpulse.io.export.PngWriter;
import org.peerpulse.io.export.RowWriter;
import org.peerpulse.io.export.RowsByValue;
import org.peerpulse.io.export.TableFileWriter;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.WaveRepository;

/**
 * Data out: the trends table (always with the small-number rules, analysis.md rule 5), the
 * responses (de-identified unless asked otherwise), and any table a view shows, written to CSV
 * or XLSX whole or not at all. Every export ends in {@link #save}.
 */
public final class ExportService {
    /** The trends export's columns, named as the keys of {@code trends --json}. */
    static final List<String> TREND_COLUMNS = List.of("site", "wave", "domain", "n", "count", "pct", "ci_low",
            "ci_high", "mean", "note", "measure");

    private final TrendService trends;
    private final SiteRepository sites;
    private final WaveRepository waves;
    private final ResponseRepository responses;
    private final AuditTrail audit;
    private final Calculators calculators;

    ExportService(TrendService trends, SiteRepository sites, WaveRepository waves, ResponseRepository responses,
                  AuditTrail audit, Calculators calculators) {
        this.audit = audit;
        this.calculators = calculators;
        this.trends = trends;
        this.sites = sites;
        this.waves = waves;
        this.responses = responses;
    }

    /** How a file is written. */
    public record Target(Path file, ExportFormat format, CsvSeparator separator) {
        /** The format from the file's extension; refuses any other extension in one sentence. */
        public static Target of(Path file, CsvSeparator separator) {
            ExportFormat format = ExportFormat.of(file).orElseThrow(() -> new IllegalArgumentException(
                    "The file name \"" + file.getFileName() + "\" must end in .csv or .xlsx."));
            return new Target(file, format, separator);
        }
    }

    /** The trends table with suppression applied, whatever the query says about small numbers. */
    public ExportTable trends(TrendQuery query) {
        TrendQuery protectedQuery = new TrendQuery(query.sites(), query.domains(), query.measure(), false,
                query.combineSites());
        TrendTableView table = new TrendTableView(trends.trends(protectedQuery));
        List<String> columns = trendColumns(query.measure());
        return new ExportTable("Trends", columns, table.rows(columns));
    }

    /**
     * Writes the stored responses to a file, one row per response with only the columns the request
     * allows, one site's wave at a time (never all held: a provincial program's 240,000 rows, 9 million
     * answers, gathered first took about 100 MB), whole or not at all, and records it in the audit trail;
     * returns how many were written. Stops with a {@link CancellationException} as
     * soon as {@code progress} is cancelled (every response of a provincial program takes tens of
     * seconds), and no file is left.
     *
     * <p>The small-number rules hold here too (analysis.md: exports always apply them): the responses
     * of a site in a wave with fewer than k, and of the site hidden beside it, are left out, as their
     * figures are everywhere else; the result says how many.
     */
    public SavedResponses saveResponses(ResponseExport request, Target target, Progress progress) {
        ResponseRows rows = new ResponseRows(request);
        long written;
        try {
            // a new file of workers' answers is the owner's alone: rows of a handful of
            // identifiable workers per site must not become readable by every account on a shared machine
            written = TableFileWriter.write(ResponseRows.NAME, rows.headers, writer -> rows.writeTo(writer, progress),
                    target.file(), target.format(), target.separator(), AtomicFile.NewFile.OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target.file() + ": " + e.getMessage(), e);
        }
        audit.exported(ResponseRows.NAME, target.file(), written);
        return new SavedResponses(written, rows.leftOut, rows.groupsLeftOut.size(), rows.k);
    }

    /**
     * What a responses export wrote: {@code written} rows, and {@code leftOut} responses of
     * {@code groupsLeftOut} sites in a wave too small to give out (minimum group size {@code k}).
     */
    public record SavedResponses(long written, long leftOut, int groupsLeftOut, int k) {
    }

    /** The responses' columns, and each stored response as a row of them, read one at a time. */
    private final class ResponseRows {
        static final String NAME = "Responses";
        private final ResponseExport request;
        private final List<String> headers = new ArrayList<>(List.of(Psp1.SITE, Psp1.WAVE));
        private final List<Item> items;
        private final Map<SiteId, Site> siteById = sites.all().stream()
                .collect(Collectors.toMap(Site::id, Function.identity()));
        private final Map<WaveId, Wave> waveById = waves.all().stream()
                .collect(Collectors.toMap(Wave::id, Function.identity()));
        private final Map<String, ExportCell> texts = new HashMap<>();
        private final Map<String, ExportCell> numbers = new HashMap<>();
        private final Map<WaveId, Set<SiteId>> tooFew = new HashMap<>();
        private final Set<String> groupsLeftOut = new HashSet<>();
        private final MeasureCalculator calculator;
        private final int k;
        private long leftOut;

        ResponseRows(ResponseExport request) {
            this.request = request;
            this.calculator = calculators.forProgram(false);
            this.k = calculator.protection().k();
            tooFew.putAll(calculator.siteWavesWithTooFewResponses());
            if (request.includeCodes()) {
                headers.add(Psp1.RESPONDENT);
            }
            if (request.includeTimes()) {
                headers.add(Psp1.SUBMITTED);
            }
            items = Psp1.items().stream().filter(item -> item.kind() != ItemKind.TEXT || request.includeText())
                    .toList();
            items.forEach(item -> headers.add(item.code()));
        }

        /**
         * Hands the rows to {@code writer} one site's wave at a time (sites by name, waves in order), each
         * group's rows in {@link RowsByValue} order from the first answer: the stored order is the order
         * of import, which is the order of submission for a file a survey tool exported by time, and
         * would give back the times the export leaves out. Only one group is held. Stops once
         * {@code progress} is cancelled.
         */
        void writeTo(RowWriter writer, Progress progress) throws IOException {
            RowsByValue order = new RowsByValue(headers.size() - items.size());
            List<Wave> wavesInOrder = waveById.values().stream().sorted(Wave.IN_ORDER).toList();
            for (Site site : sitesByName()) {
                for (Wave wave : wavesInOrder) {
                    boolean hidden = tooFew.getOrDefault(wave.id(), Set.of()).contains(site.id());
                    List<List<ExportCell>> group = new ArrayList<>();
                    long[] read = new long[1];
                    responses.forEach(Set.of(site.id()), Set.of(wave.id()), Set.of(), response -> {
                        if (progress.isCancelled()) {
                            throw new CancellationException("export cancelled");
                        }
                        read[0]++;
                        if (!hidden) {
                            group.add(row(response));
                        }
                    });
                    if (read[0] != calculator.responses(Set.of(site.id()), wave.id())) {
                        // the groups left out were worked out from the counts before: a file that mixed
                        // them with responses saved since could give a small group out
                        throw new IllegalStateException("Responses were saved while the export read them (an import or"
                                + " an entry at " + site.name() + " in " + wave.label() + "); nothing was written."
                                + " Export again.");
                    }
                    if (hidden && read[0] > 0) {
                        leftOut += read[0];
                        groupsLeftOut.add(site.id().value() + "|" + wave.id().value());
                    }
                    group.sort(order);
                    for (List<ExportCell> row : group) {
                        writer.row(row);
                    }
                }
            }
        }

        private List<Site> sitesByName() {
            return (request.sites().isEmpty() ? siteById.keySet() : new HashSet<>(request.sites())).stream()
                    .map(siteById::get).sorted(Comparator.comparing(Site::name)).toList();
        }

        private List<ExportCell> row(Response response) {
            List<ExportCell> row = new ArrayList<>(headers.size());
            row.add(texts.computeIfAbsent(siteById.get(response.site()).name(), ExportCell::text));
            row.add(texts.computeIfAbsent(waveById.get(response.wave()).label(), ExportCell::text));
            if (request.includeCodes()) {
                row.add(ExportCell.text(response.respondent()));
            }
            if (request.includeTimes()) {
                row.add(ExportCell.text(response.submitted()));
            }
            for (Item item : items) {
                row.add(cell(item, response.answers().get(item.code())));
            }
            return row;
        }

        /**
         * A 1–5 answer (stress, health, quality of life, ProQOL) as a number, to be averaged; a category's
         * code as text, always: od_responses' "0" is a code like "1_5", and a column of numbers and text
         * mixed sorts and filters apart in a spreadsheet.
         */
        private ExportCell cell(Item item, String answer) {
            if (item.kind() != ItemKind.SINGLE || answer == null) {
                return ExportCell.text(answer); // not kept: free text has no bound
            }
            return item.values().isNumeric() ? numbers.computeIfAbsent(answer, ExportCell::shown)
                    : texts.computeIfAbsent(answer, ExportCell::text);
        }
    }

    /**
     * Writes a table to a file, whole or not at all. Every export (command line, File › Export, a
     * view's table) is finished here, and recorded in the audit trail with the rows written once the
     * file is complete.
     */
    public void save(ExportTable table, Target target) {
        try {
            TableFileWriter.write(table, target.file(), target.format(), target.separator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target.file() + ": " + e.getMessage(), e);
        }
        audit.exported(table.name(), target.file(), (long) table.rows().size());
    }

    /** Writes a chart's image as a PNG file, whole or not at all. */
    public void savePng(RenderedImage image, String name, Path file) {
        try {
            PngWriter.write(image, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        audit.exported(name + " (image)", file, null);
    }

    /** Rounds as {@code trends --json} does: half up to two decimals. */
    static Double round(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The trends export's columns; a mean's standard deviation after it, as {@code trends --measure mean --json} gives "sd". */
    static List<String> trendColumns(Measure measure) {
        List<String> columns = new ArrayList<>(TREND_COLUMNS);
        if (measure == Measure.MEAN) {
            columns.add(columns.indexOf("mean") + 1, "sd");
        }
        return List.copyOf(columns);
    }

    /** Empty cells until the row reaches {@code column}. */
    private static void emptyUntil(List<ExportCell> row, int column) {
        while (row.size() < column) {
            row.add(ExportCell.EMPTY);
        }
    }

    /** The rows of a trends export, from a table computed with suppression. */
    private record TrendTableView(TrendTable table) {
        List<List<ExportCell>> rows(List<String> columns) {
            int note = columns.indexOf("note");
            int k = table.settings().minGroupSize();
            List<List<ExportCell>> rows = new ArrayList<>();
            for (TrendPoint point : table.points()) {
                Figure figure = point.figure();
                List<ExportCell> row = new ArrayList<>();
                row.add(ExportCell.text(point.site() == null ? "All sites" : table.siteName(point.site())));
                row.add(ExportCell.text(table.wave(point.wave()).label()));
                row.add(ExportCell.text(point.domain().code()));
                if (figure.onlyCountHidden()) { // its group is shown, with its n, as on the Trends view's table
                    row.add(ExportCell.number(figure.n()));
                    row.add(ExportCell.text(SmallNumbers.hiddenMark(k)));
                    emptyUntil(row, note);
                    row.add(ExportCell.text("count: " + SmallNumbers.hiddenCount(k)));
                } else if (figure.suppressed()) {
                    row.add(ExportCell.text(SmallNumbers.hiddenMark(k)));
                    emptyUntil(row, note);
                    row.add(ExportCell.text(SmallNumbers.hiddenGroup(k)));
                } else {
                    row.add(ExportCell.number(figure.n()));
                    row.add(ExportCell.number(figure.count()));
                    row.add(ExportCell.number(figure.proportion() == null ? null : round(figure.proportion() * 100)));
                    row.add(ExportCell.number(round(figure.plottedLow())));
                    row.add(ExportCell.number(round(figure.plottedHigh())));
                    row.add(ExportCell.number(round(figure.mean())));
                    if (columns.contains("sd")) {
                        row.add(ExportCell.number(round(figure.sd())));
                    }
                    row.add(ExportCell.text(figure.hasValue() ? "" : "no answers"));
                }
                row.add(ExportCell.text(table.measure().code())); // which figures these are: high, mean or top3
                rows.add(row);
            }
            return rows;
        }
    }
}
