package org.peerpulse.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.CanonicalCsvWriter;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.ParsedRow;
import org.peerpulse.io.Progress;
import org.peerpulse.io.demo.BenchProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ImportOptions;
import org.peerpulse.service.ImportReport;
import org.peerpulse.storage.Database;

/**
 * Issue 8's benchmark ({@code mvn -q -B -Pbench verify}): makes the provincial program, imports
 * it with PeerPulse and with a bare JDBC insert, times 100 filter changes in PeerPulse, DuckDB
 * and a plain H2 GROUP BY (checking that all three give the same counts), times the start to the
 * first chart against a bare JavaFX window, and writes {@code target/bench/results.json}.
 * The scale comes from system properties (see {@link Scale}).
 */
public final class Benchmark {
    private static final int WARM_UP = 10;
    private static final int CHECKED = 5;

    private final Scale scale;
    private final Path out;
    private final Map<String, Object> results = new LinkedHashMap<>();

    private Benchmark(Scale scale, Path out) {
        this.scale = scale;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        new Benchmark(Scale.fromSystemProperties(), out).run();
    }

    private void run() throws Exception {
        say("PeerPulse benchmark: " + scale + (scale.isFull() ? " (issue 8's program)" : " (reduced scale)"));
        Path csv = out.resolve("program.csv");
        Path db = out.resolve("peerpulse");
        boolean reuse = skips("import");
        long answers = reuse ? Long.parseLong(Files.readString(out.resolve("program.answers")).strip()) : generate(csv);
        results.put("responses", scale.responses());
        results.put("answers", answers);

        HeapWatch heap = new HeapWatch();
        heap.start();
        if (!reuse) {
            fresh(db);
        }
        List<Filter> filters = Filter.random(scale.seed(), scale.filters(), scale.sites(), scale.waves());
        List<Filter> warmUp = Filter.random(scale.seed() + 1, WARM_UP, scale.sites(), scale.waves());
        Map<Integer, Counts> expected = new HashMap<>();
        List<Long> ceilings = new ArrayList<>();
        if (!reuse) {
            // the ceiling just before the import and just after it: the machine's speed drifts by more
            // than the goal's margin in minutes, so the import is compared with the mean of the two
            if (!skips("ceiling")) {
                ceilings.add(ceiling(csv, answers));
            }
            try (AppContext context = AppContext.open(db)) {
                importWithPeerPulse(context, csv);
            } // closed (and compacted, as the app does after an import) before the second ceiling
            if (!skips("ceiling")) {
                ceilings.add(ceiling(csv, answers));
            }
        }
        try (AppContext context = AppContext.open(db)) {
            PeerPulseRefresh peerPulse = new PeerPulseRefresh(context, scale);
            long first = time(() -> peerPulse.refresh(filters.get(0), false));
            results.put("first_refresh_ms", first);
            warmUp.forEach(f -> peerPulse.refresh(f, false));
            putPercentiles("refresh_ms", times(filters, f -> peerPulse.refresh(f, false)));
            heap.close();
            results.put("peak_heap_mb", heap.afterGcPeakMb());
            results.put("peak_heap_sampled_mb", heap.sampledPeakMb());
            for (int i = 0; i < Math.min(CHECKED, filters.size()); i++) {
                expected.put(i, peerPulse.counts(filters.get(i)));
            }
            rawH2(context, db, filters, warmUp, expected);
        }
        results.put("program_file_mb", Files.size(db.resolveSibling(db.getFileName() + ".mv.db")) >> 20);
        if (!skips("duckdb")) {
            duckDb(csv, filters, warmUp, expected);
        }
        if (reuse && !skips("ceiling")) {
            ceilings.add(ceiling(csv, answers));
        }
        if (!ceilings.isEmpty()) {
            putCeiling(ceilings);
        }
        if (!skips("startup")) {
            startup(db);
        }
        report();
    }

    /** For working on one part: -Dbench.skip=import,duckdb,ceiling,startup (import: reuse the last run's program). */
    private static boolean skips(String phase) {
        return java.util.Arrays.asList(System.getProperty("bench.skip", "").split(",")).contains(phase);
    }

    private long generate(Path csv) throws IOException {
        long start = System.nanoTime();
        long[] answers = new long[1];
        BenchProgram program = new BenchProgram(scale.seed(), scale.sites(), scale.waves(), scale.respondents());
        Iterable<ParsedRow> counted = () -> new java.util.Iterator<>() {
            private final java.util.Iterator<ParsedRow> rows = program.iterator();

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ParsedRow next() {
                ParsedRow row = rows.next();
                answers[0] += row.answers().size();
                return row;
            }
        };
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            new CanonicalCsvWriter().write(writer, counted);
        }
        Files.writeString(csv.resolveSibling("program.answers"), Long.toString(answers[0]));
        say("generated %s: %,d responses, %,d answers, %,d MB in %,d ms", csv.getFileName(), scale.responses(),
                answers[0], Files.size(csv) >> 20, millisSince(start));
        return answers[0];
    }

    private void importWithPeerPulse(AppContext context, Path csv) {
        long start = System.nanoTime();
        ImportReport report = context.imports().importFile(csv,
                new ImportOptions(ImportFormat.PEERPULSE, null, true, null), Progress.NONE);
        long ms = millisSince(start);
        if (!report.stored() || report.added() != scale.responses()) {
            throw new IllegalStateException("PeerPulse's import stored " + report.added() + " of "
                    + scale.responses() + " responses: " + report.problems());
        }
        results.put("import_ms", ms);
        results.put("import_responses_per_s", perSecond(scale.responses(), ms));
        say("PeerPulse import: %,d ms", ms);
    }

    private void rawH2(AppContext context, Path db, List<Filter> filters, List<Filter> warmUp,
                       Map<Integer, Counts> expected) throws SQLException {
        String url = "jdbc:h2:file:" + Database.withoutSuffix(db.toAbsolutePath()) + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection connection = DriverManager.getConnection(url, "peerpulse", "")) {
            List<Object> siteKeys = new ArrayList<>();
            Map<Object, String> siteNames = new HashMap<>();
            Map<String, Site> byName = new HashMap<>();
            context.program().sites().forEach(s -> byName.put(s.name(), s));
            for (int i = 0; i < scale.sites(); i++) {
                Site site = byName.get(BenchProgram.siteName(i));
                siteKeys.add(site.id().value());
                siteNames.put(site.id().value(), site.name());
            }
            List<Object> waveKeys = new ArrayList<>();
            Map<Object, String> waveLabels = new HashMap<>();
            Map<String, Wave> byLabel = new HashMap<>();
            context.program().waves().forEach(w -> byLabel.put(w.label(), w));
            for (int i = 0; i < scale.waves(); i++) {
                Wave wave = byLabel.get(BenchProgram.waveLabel(i));
                waveKeys.add(wave.id().value());
                waveLabels.put(wave.id().value(), wave.label());
            }
            RawRefresh raw = new RawRefresh(connection, siteKeys, siteNames, waveKeys, waveLabels,
                    context.program().settings().highStressThreshold());
            // A plain GROUP BY scans the stored answers for each filter (seconds each at full
            // scale), so it is timed on the first bench.h2RawFilters filters, after 2 warm-ups.
            int timed = Math.min(filters.size(), Integer.getInteger("bench.h2RawFilters", 10));
            results.put("h2_raw_filters", timed);
            measureRaw("h2_raw", raw, filters, filters.subList(0, timed),
                    warmUp.subList(0, Math.min(2, warmUp.size())), expected);
        }
    }

    private void duckDb(Path csv, List<Filter> filters, List<Filter> warmUp, Map<Integer, Counts> expected)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("create table raw as select row_number() over () as id, * from read_csv('"
                    + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true, all_varchar = true)");
            statement.execute("create table response as select id, site as site_id, wave as wave_id from raw");
            statement.execute("create table answer as select id as response_id, item_code, answer_value from"
                    + " (unpivot raw on columns(* exclude (id, site, wave, respondent, submitted))"
                    + " into name item_code value answer_value)");
            statement.execute("drop table raw");
            results.put("duckdb_load_ms", millisSince(start));
            try (var rows = statement.executeQuery("select count(*) from answer")) {
                rows.next();
                if (rows.getLong(1) != ((Number) results.get("answers")).longValue()) {
                    throw new IllegalStateException("DuckDB loaded " + rows.getLong(1) + " answers");
                }
            }
            List<Object> siteKeys = new ArrayList<>();
            Map<Object, String> siteNames = new HashMap<>();
            for (int i = 0; i < scale.sites(); i++) {
                siteKeys.add(BenchProgram.siteName(i));
                siteNames.put(BenchProgram.siteName(i), BenchProgram.siteName(i));
            }
            List<Object> waveKeys = new ArrayList<>();
            Map<Object, String> waveLabels = new HashMap<>();
            for (int i = 0; i < scale.waves(); i++) {
                waveKeys.add(BenchProgram.waveLabel(i));
                waveLabels.put(BenchProgram.waveLabel(i), BenchProgram.waveLabel(i));
            }
            measureRaw("duckdb", new RawRefresh(connection, siteKeys, siteNames, waveKeys, waveLabels, 4), filters,
                    filters, warmUp, expected);
        }
    }

    /** Times the filters on a raw engine, after checking that it gives PeerPulse's counts. */
    private void measureRaw(String name, RawRefresh raw, List<Filter> filters, List<Filter> timed,
                            List<Filter> warmUp, Map<Integer, Counts> expected) throws SQLException {
        for (var entry : expected.entrySet()) {
            String difference = entry.getValue().difference(raw.refresh(filters.get(entry.getKey())));
            if (difference != null) {
                throw new IllegalStateException("PeerPulse and " + name + " disagree on filter "
                        + filters.get(entry.getKey()) + ": " + difference);
            }
        }
        say("%s gives PeerPulse's counts for %d filters", name, expected.size());
        for (Filter filter : warmUp) {
            raw.refresh(filter);
        }
        putPercentiles(name + "_refresh_ms", times(timed, f -> {
            try {
                return raw.refresh(f);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /**
     * The ceiling runs in a JVM of its own, as cold as the import it is compared with: in this JVM,
     * after the import, H2's insert paths are compiled already (at 60 sites, 25.0–27.6 s here against
     * 29.5–33.8 s in a fresh JVM; decision benchmark).
     */
    private long ceiling(Path csv, long answers) throws IOException, InterruptedException {
        long ms = child(List.of("-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m"), InsertCeiling.class,
                List.of(csv.toAbsolutePath().toString(), Integer.toString(scale.responses()), Long.toString(answers),
                        fresh(out.resolve("ceiling")).toAbsolutePath().toString()), InsertCeiling.PREFIX);
        say("bare JDBC batch insert (a JVM of its own): %,d ms", ms);
        return ms;
    }

    /** The ceiling is the mean time of its runs (before and after the import); each run is kept beside it. */
    private void putCeiling(List<Long> runs) {
        long ms = Math.round(runs.stream().mapToLong(Long::longValue).average().orElseThrow());
        results.put("insert_ceiling_ms", ms);
        results.put("insert_ceiling_runs_ms", runs);
        results.put("insert_ceiling_responses_per_s", perSecond(scale.responses(), ms));
        Object imported = results.get("import_ms");
        if (imported != null) {
            for (long run : runs) {
                say("import against the ceiling run of %,d ms: %.1f%%", run, 100.0 * run / ((Number) imported).doubleValue());
            }
        }
    }

    private void startup(Path db) throws IOException, InterruptedException {
        results.put("startup_to_chart_ms", medianStartup(List.of(), db));
        results.put("bare_javafx_startup_ms", medianStartup(List.of("bare"), db));
    }

    private long medianStartup(List<String> args, Path db) throws IOException, InterruptedException {
        long[] runs = new long[scale.startupRuns()];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = startupOnce(args, db);
        }
        Arrays.sort(runs);
        say("start to first chart%s: %s ms", args.isEmpty() ? " (PeerPulse)" : " (bare JavaFX)", Arrays.toString(runs));
        return runs[runs.length / 2];
    }

    private long startupOnce(List<String> args, Path db) throws IOException, InterruptedException {
        return child(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Dheadless.geometry=1920x1200-32", "-Djava.awt.headless=true",
                "-Dpeerpulse.home=" + out.resolve("home").toAbsolutePath(), "-Dpeerpulse.db=" + db.toAbsolutePath()),
                StartupProbe.class, args, StartupProbe.PREFIX);
    }

    /** Runs {@code main} in a fresh JVM on this classpath; returns the milliseconds it prints after {@code prefix}. */
    private static long child(List<String> options, Class<?> main, List<String> args, String prefix)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Long.parseLong(l.substring(prefix.length()).strip()))
                .orElseThrow(() -> new IllegalStateException(main.getSimpleName() + " printed no time:\n" + output));
    }

    private void report() throws IOException {
        results.put("scale", Map.of("sites", scale.sites(), "waves", scale.waves(), "respondents", scale.respondents(),
                "filters", scale.filters(), "seed", scale.seed()));
        results.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        results.put("processors", Runtime.getRuntime().availableProcessors());
        results.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        results.put("date", Instant.now().toString());
        Map<String, Boolean> goals = new LinkedHashMap<>();
        goals.put("refresh_p50_at_or_below_duckdb", number("refresh_ms_p50") <= number("duckdb_refresh_ms_p50"));
        goals.put("refresh_p95_under_50_ms", number("refresh_ms_p95") < 50);
        goals.put("import_at_least_70_percent_of_ceiling",
                number("import_responses_per_s") >= 0.7 * number("insert_ceiling_responses_per_s"));
        goals.put("startup_within_1_5x_bare_javafx",
                number("startup_to_chart_ms") <= 1.5 * number("bare_javafx_startup_ms"));
        goals.put("peak_heap_under_512_mb", number("peak_heap_mb") < 512);
        results.put("goals", goals);
        Path json = out.resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
        say("");
        say("| measure | PeerPulse | reference | goal | met |");
        say("|---|---:|---:|---|---|");
        say("| import (responses/s) | %,.0f | %,.0f bare JDBC batch insert | ≥ 70%% of it | %s |",
                number("import_responses_per_s"), number("insert_ceiling_responses_per_s"),
                met(goals, "import_at_least_70_percent_of_ceiling"));
        say("| refresh p50 (ms) | %.1f | %.1f DuckDB, %.1f H2 GROUP BY | ≤ DuckDB | %s |", number("refresh_ms_p50"),
                number("duckdb_refresh_ms_p50"), number("h2_raw_refresh_ms_p50"),
                met(goals, "refresh_p50_at_or_below_duckdb"));
        say("| refresh p95 (ms) | %.1f | %.1f DuckDB, %.1f H2 GROUP BY | < 50 ms | %s |", number("refresh_ms_p95"),
                number("duckdb_refresh_ms_p95"), number("h2_raw_refresh_ms_p95"), met(goals, "refresh_p95_under_50_ms"));
        say("| start to first chart (ms) | %,.0f | %,.0f bare JavaFX window | ≤ 1.5× | %s |",
                number("startup_to_chart_ms"), number("bare_javafx_startup_ms"),
                met(goals, "startup_within_1_5x_bare_javafx"));
        say("| peak heap after GC (MB) | %,.0f | -Xmx %,d MB; %,.0f MB sampled with garbage | < 512 MB | %s |",
                number("peak_heap_mb"), Runtime.getRuntime().maxMemory() >> 20, number("peak_heap_sampled_mb"),
                met(goals, "peak_heap_under_512_mb"));
        say("");
        say("%s, %s, %d processors; %s; results in %s", scale, results.get("java"), results.get("processors"),
                results.get("date"), json);
    }

    private String met(Map<String, Boolean> goals, String goal) {
        return goals.get(goal) ? "yes" : "NO";
    }

    private double number(String key) {
        Object value = results.get(key);
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private void putPercentiles(String key, double[] millis) {
        Arrays.sort(millis);
        results.put(key + "_p50", round(percentile(millis, 0.50)));
        results.put(key + "_p95", round(percentile(millis, 0.95)));
        say("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms", key, percentile(millis, 0.50), percentile(millis, 0.95),
                millis[millis.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double[] times(List<Filter> filters, java.util.function.Function<Filter, Object> work) {
        double[] millis = new double[filters.size()];
        for (int i = 0; i < filters.size(); i++) {
            Filter filter = filters.get(i);
            long start = System.nanoTime();
            Object result = work.apply(filter);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (result == null) {
                throw new IllegalStateException("No result for " + filter);
            }
        }
        return millis;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return millisSince(start);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long perSecond(long count, long millis) {
        return Math.round(count * 1000.0 / Math.max(1, millis));
    }

    private static Path fresh(Path base) throws IOException {
        for (String suffix : List.of(".mv.db", ".trace.db")) {
            Files.deleteIfExists(base.resolveSibling(base.getFileName() + suffix));
        }
        return base;
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args));
    }
}
