package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.LinesReader;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.analysis.Variable;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;

/**
 * What the on-demand leak audits ({@link SharedVariableLeakAuditTest}, {@link TrendsCrossTabLeakAuditTest})
 * share: the demo program's cross-tabs read as cubes (site/program × wave/all waves × rows × columns, the
 * last row and column the totals), the Overview's responses, and a {@link FigureBoard} of figures and the
 * true sums between them that a {@link LinesReader} works bounds from. Each audit extends it with what it
 * puts on the board and what it counts.
 */
abstract class CrossTabCubes implements AutoCloseable {
    /** The smallest count shown: hidden figures of 1 to K − 1 are the ones the audits try. */
    static final int K = 5;

    final AppContext context;
    /** The demo seed loaded, named in the report. */
    final long seed;
    final List<Site> sites;
    final List<Wave> waves;
    /** Sites then the program; waves then all waves. */
    final int sn;
    final int wn;
    /** The Overview's responses per site/program and wave, at {@code s * wn + w}: shown (null hidden) and true. */
    final Long[] responsesSeen;
    final long[] responsesTruth;
    private final Map<List<String>, Pair> pairs = new HashMap<>();
    /** Canonical names of the hidden small figures tried; of them those pinned by their own table alone, with their value. */
    final Set<String> tried = new LinkedHashSet<>();
    final Set<String> withinTable = new LinkedHashSet<>();

    /** One cross-tab's figures for every site (and the program) and wave (and all), rows X's answers then total. */
    record Pair(int rows, int columns, Long[] seen, long[] truth) {
    }

    CrossTabCubes(AppContext context, long seed) {
        this.context = context;
        this.seed = seed;
        this.sites = new ArrayList<>(context.program().sites());
        this.waves = new ArrayList<>(context.program().waves());
        this.sn = sites.size() + 1;
        this.wn = waves.size() + 1;
        this.responsesSeen = new Long[sn * wn];
        this.responsesTruth = new long[sn * wn];
        readResponses();
    }

    /** The demo seeds the audits run on, in their order. */
    static LongStream demoSeeds() {
        return LongStream.of(2019, 1, 9);
    }

    /** A fresh in-memory program with the demo data of {@code seed} loaded. */
    static AppContext demoProgram(long seed) {
        AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());
        context.demo().load(seed);
        return context;
    }

    /** Every other item the Associations view offers: x's partners in its cross-tabs. */
    static List<String> partnersOf(String x) {
        return associationItems().stream().filter(y -> !y.equals(x)).toList();
    }

    /** Whether {@code -Daudit.x} (a comma-separated list) names one of the codes, or is not set. */
    static boolean chosen(String... codes) {
        String only = System.getProperty("audit.x");
        return only == null || List.of(codes).stream().anyMatch(List.of(only.split(","))::contains);
    }

    /**
     * The items the Associations view offers (AssociationsViewModel.variableCodes: every single-choice item
     * but ProQOL's; its yes/nos are counted by their items').
     */
    static List<String> associationItems() {
        Set<String> items = new LinkedHashSet<>();
        org.peerpulse.domain.Psp1.items().stream()
                .filter(i -> i.kind() == org.peerpulse.domain.ItemKind.SINGLE && !i.code().startsWith("pq"))
                .forEach(i -> items.add(i.code()));
        return new ArrayList<>(items);
    }

    /** The Overview's responses, per site and the program's latest, for every wave. */
    private void readResponses() {
        for (int w = 0; w < waves.size(); w++) {
            Overview shown = context.overview().of(waves.get(w).id(), false);
            Overview all = context.overview().of(waves.get(w).id(), true);
            for (int s = 0; s < sites.size(); s++) {
                for (int r = 0; r < shown.sites().size(); r++) {
                    if (shown.sites().get(r).site().id().equals(sites.get(s).id())) {
                        responsesSeen[s * wn + w] = shown.sites().get(r).responses();
                        responsesTruth[s * wn + w] = all.sites().get(r).responses();
                    }
                }
            }
            responsesSeen[sites.size() * wn + w] = shown.latestResponses();
            responsesTruth[sites.size() * wn + w] = all.latestResponses();
        }
    }

    /** The audits' one guard: no hidden figure is pinned by its own table alone. */
    void assertNonePinnedAlone() {
        assertThat(withinTable).as("pinned by one table alone").isEmpty();
    }

    /** Closes the program read. */
    @Override
    public void close() {
        context.close();
    }

    /** Writes the report to {@code target/<name>-<seed>.txt} and prints its first lines, the summary. */
    void writeReport(String name, CharSequence report, int summaryLines) throws IOException {
        Path file = Path.of("target", name + "-" + seed + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report.toString().lines().limit(summaryLines).reduce("", (a, b) -> a + b + "\n"));
    }

    String site(int s) {
        return s == sites.size() ? "program" : sites.get(s).code();
    }

    String wave(int w) {
        return w == waves.size() ? "all waves" : waves.get(w).label();
    }

    /** x × y, read once and kept. */
    Pair pair(String x, String y) {
        Pair kept = pairs.get(List.of(x, y));
        if (kept != null) {
            return kept;
        }
        Pair p = readPair(x, y);
        pairs.put(List.of(x, y), p);
        return p;
    }

    /** A pair already read (or derived) as x × y, or null. */
    Pair kept(String x, String y) {
        return pairs.get(List.of(x, y));
    }

    /** x × y from the Associations view, shown and with small counts shown, for every site/program and wave/all. */
    Pair readPair(String x, String y) {
        int rows = Variable.named(x, context.associations().settings()).orElseThrow().categories().size() + 1;
        int columns = Variable.named(y, context.associations().settings()).orElseThrow().categories().size() + 1;
        Long[] seen = new Long[sn * wn * rows * columns];
        long[] truth = new long[seen.length];
        for (int s = 0; s < sn; s++) {
            for (int w = 0; w < wn; w++) {
                Site site = s == sites.size() ? null : sites.get(s);
                Wave wave = w == waves.size() ? null : waves.get(w);
                SuppressedTable shown = context.associations().crosstab(x, y, wave, site, false).counts();
                SuppressedTable all = context.associations().crosstab(x, y, wave, site, true).counts();
                assertThat(shown.rows() + 1).isEqualTo(rows);
                assertThat(shown.columns() + 1).isEqualTo(columns);
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < columns; j++) {
                        int at = ((s * wn + w) * rows + i) * columns + j;
                        Cell cell = cellOf(shown, i, j);
                        truth[at] = cellOf(all, i, j).count().getAsLong();
                        seen[at] = cell.hidden() ? null : cell.count().getAsLong();
                    }
                }
            }
        }
        return new Pair(rows, columns, seen, truth);
    }

    /** A table's cell, its row and column totals included (row {@code rows()}, column {@code columns()}). */
    static Cell cellOf(SuppressedTable table, int i, int j) {
        return i == table.rows() ? (j == table.columns() ? table.grandTotal() : table.columnTotal(j))
                : j == table.columns() ? table.rowTotal(i) : table.cell(i, j);
    }

    /**
     * The cube of pair {@code p} (x × y) on the board, every cell named "codes in order | site | wave | cell
     * i,j" (i, j in that order), with its sums in {@code group}: each row and column adds up to its total,
     * the sites to the program, the waves to all waves. Returns its cells [s][w][row][column].
     */
    int[][][][] cube(FigureBoard board, Pair p, String x, String y, String group) {
        int[][][][] c = cubeCells(board, p, x, y, group);
        for (int s = 0; s < sn; s++) {
            for (int w = 0; w < wn; w++) {
                tableSums(board, c[s][w], group);
                for (int i = 0; i < p.rows(); i++) {
                    for (int j = 0; j < p.columns(); j++) {
                        int row = i;
                        int column = j;
                        overSitesAndWaves(board, s, w, (o, wave) -> c[o][wave][row][column], group);
                    }
                }
            }
        }
        return c;
    }

    private int[][][][] cubeCells(FigureBoard board, Pair p, String x, String y, String group) {
        boolean inOrder = x.compareTo(y) < 0;
        String name = inOrder ? x + " × " + y : y + " × " + x;
        int[][][][] c = new int[sn][wn][p.rows()][p.columns()];
        for (int s = 0; s < sn; s++) {
            for (int w = 0; w < wn; w++) {
                for (int i = 0; i < p.rows(); i++) {
                    for (int j = 0; j < p.columns(); j++) {
                        int at = ((s * wn + w) * p.rows() + i) * p.columns() + j;
                        c[s][w][i][j] = board.add(p.seen()[at], p.truth()[at], name + " | " + site(s) + " | "
                                + wave(w) + " | cell " + (inOrder ? i + "," + j : j + "," + i), group);
                    }
                }
            }
        }
        return c;
    }

    /** One table's rows adding up to their totals, then its columns. */
    private static void tableSums(FigureBoard board, int[][] table, String group) {
        int columns = table[0].length;
        for (int[] row : table) {
            board.sum(group, Arrays.copyOf(row, columns - 1), row[columns - 1]);
        }
        for (int j = 0; j < columns; j++) {
            int[] members = new int[table.length - 1];
            for (int i = 0; i < members.length; i++) {
                members[i] = table[i][j];
            }
            board.sum(group, members, table[table.length - 1][j]);
        }
    }

    /** A figure at site/program s and wave/all w, as [site][wave]. */
    @FunctionalInterface
    interface AtSiteWave {
        int at(int s, int w);
    }

    /** At the program, the sites' figures add up to it; at all waves, the waves' figures do. */
    private void overSitesAndWaves(FigureBoard board, int s, int w, AtSiteWave figure, String group) {
        if (s == sites.size()) {
            int[] members = new int[sites.size()];
            for (int o = 0; o < members.length; o++) {
                members[o] = figure.at(o, w);
            }
            board.sum(group, members, figure.at(s, w));
        }
        if (w == waves.size()) {
            int[] members = new int[waves.size()];
            for (int o = 0; o < members.length; o++) {
                members[o] = figure.at(s, o);
            }
            board.sum(group, members, figure.at(s, w));
        }
    }

    /** A cube's X margins [s][w][row]: its total column. */
    static int[][][] margins(int[][][][] cube) {
        int[][][] margin = new int[cube.length][cube[0].length][];
        for (int s = 0; s < cube.length; s++) {
            for (int w = 0; w < cube[s].length; w++) {
                int[][] table = cube[s][w];
                margin[s][w] = new int[table.length];
                for (int a = 0; a < table.length; a++) {
                    margin[s][w][a] = table[a][table[a].length - 1];
                }
            }
        }
        return margin;
    }

    /** Margins [s][w][answer, then n] that add up to their n, sites to the program and waves to all waves. */
    void cubeSums(FigureBoard board, int[][][] v, String group) {
        int rows = v[0][0].length;
        for (int s = 0; s < sn; s++) {
            for (int w = 0; w < wn; w++) {
                board.sum(group, Arrays.copyOf(v[s][w], rows - 1), v[s][w][rows - 1]);
                for (int a = 0; a < rows; a++) {
                    int answer = a;
                    overSitesAndWaves(board, s, w, (o, wave) -> v[o][wave][answer], group);
                }
            }
        }
    }

    /** Hidden figures [s][w][row] no view shows (true counts), each named {@code name}. */
    int[][][] latent(FigureBoard board, int rows, String name) {
        int[][][] t = new int[sn][wn][rows];
        for (int s = 0; s < sn; s++) {
            for (int w = 0; w < wn; w++) {
                for (int a = 0; a < rows; a++) {
                    t[s][w][a] = board.add(null, 0, name, "latent");
                }
            }
        }
        return t;
    }

    /** Margins of a table tied to the true counts by D ≥ 0 (those who skipped the partner). */
    void tie(FigureBoard board, int[][][] margin, int[][][] truth, String group) {
        int rows = truth[0][0].length;
        int[][][] d = new int[sn][wn][rows];
        for (int s = 0; s < sn; s++) {
            for (int w = 0; w < wn; w++) {
                for (int a = 0; a < rows; a++) {
                    d[s][w][a] = board.add(null, 0, "D", "latent");
                    board.sum(group, new int[] {margin[s][w][a], d[s][w][a]}, truth[s][w][a]);
                }
            }
        }
        cubeSums(board, d, group);
    }

    /**
     * The Overview's responses R and X's non-answerers M, per wave, in "links": X's answerers (the total
     * of {@code t}) + M = R, sites adding up to the program. Returns R's figures [s][wave].
     */
    int[][] responses(FigureBoard board, int[][][] t) {
        int answers = t[0][0].length - 1;
        int[][] responses = new int[sn][waves.size()];
        for (int w = 0; w < waves.size(); w++) {
            int[] r = new int[sn];
            int[] m = new int[sn];
            for (int s = 0; s < sn; s++) {
                r[s] = responses[s][w] = board.add(responsesSeen[s * wn + w], responsesTruth[s * wn + w],
                        "responses " + site(s) + " " + wave(w), "responses");
                m[s] = board.add(null, 0, "M", "latent");
                board.sum("links", new int[] {t[s][w][answers], m[s]}, r[s]);
            }
            board.sum("links", Arrays.copyOf(r, sites.size()), r[sites.size()]);
            board.sum("links", Arrays.copyOf(m, sites.size()), m[sites.size()]);
        }
        return responses;
    }

    /** Every figure (seen, null where hidden, and true), each sum tagged with the group it comes from. */
    class FigureBoard {
        final List<Long> seen = new ArrayList<>();
        final List<Long> truth = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        private final List<String> sumGroups = new ArrayList<>();
        private final List<int[]> sums = new ArrayList<>();
        /** Where a figure stands in its view, as each audit records it. */
        final Map<Integer, int[]> where = new HashMap<>();
        /** Readers of one group's sums alone, by group. */
        private final Map<String, LinesReader> alone = new HashMap<>();

        /** A figure; returns its index. */
        int add(Long shown, long real, String name, String kind) {
            seen.add(shown);
            truth.add(real);
            names.add(name);
            kinds.add(kind);
            return seen.size() - 1;
        }

        /** The members add up to the total. */
        void sum(String group, int[] members, int total) {
            sumGroups.add(group);
            int[] sum = Arrays.copyOf(members, members.length + 1);
            sum[members.length] = total;
            sums.add(sum);
        }

        /** The bounds worked out from the figures shown and the sums of the groups chosen. */
        LinesReader reader(Predicate<String> groups) {
            long upper = 0;
            for (int s = 0; s < sites.size(); s++) {
                for (int w = 0; w < waves.size(); w++) {
                    upper += responsesTruth[s * wn + w];
                }
            }
            LinesReader reader = new LinesReader(seen.toArray(Long[]::new), upper);
            for (int i = 0; i < sums.size(); i++) {
                if (groups.test(sumGroups.get(i))) {
                    int[] sum = sums.get(i);
                    reader.sum(Arrays.copyOf(sum, sum.length - 1), sum[sum.length - 1]);
                }
            }
            return reader.solve();
        }

        /** The figures the audits try: hidden counts of 1 to K − 1 of a view (not latent, not the responses). */
        List<Integer> smallHidden() {
            List<Integer> small = new ArrayList<>();
            for (int at = 0; at < seen.size(); at++) {
                String kind = kinds.get(at);
                long real = truth.get(at);
                if (seen.get(at) == null && !kind.equals("latent") && !kind.equals("responses") && real > 0 && real < K) {
                    small.add(at);
                }
            }
            return small;
        }

        /** Counts the figure as tried; whether its own group's sums alone pin it (then counted within its table). */
        boolean pinnedAlone(int at) {
            String kind = kinds.get(at);
            tried.add(names.get(at));
            boolean pinned = alone.computeIfAbsent(kind, k -> reader(k::equals)).pins(at);
            if (pinned) {
                withinTable.add(names.get(at) + " (" + truth.get(at) + ")");
            }
            return pinned;
        }

        /** Every figure of a view lies within the bounds worked out: the sums are true. */
        void sound(LinesReader reader) {
            long[] lows = lows(reader);
            long[] highs = highs(reader);
            for (int at = 0; at < seen.size(); at++) {
                if (!kinds.get(at).equals("latent")) {
                    assertThat(truth.get(at)).as(names.get(at)).isBetween(lows[at], highs[at]);
                }
            }
        }
    }

    /** The reader's lower bounds, by figure. */
    static long[] lows(LinesReader reader) {
        return bounds(reader, "low");
    }

    /** The reader's upper bounds, by figure. */
    static long[] highs(LinesReader reader) {
        return bounds(reader, "high");
    }

    private static long[] bounds(LinesReader reader, String field) {
        try {
            var bounds = LinesReader.class.getDeclaredField(field);
            bounds.setAccessible(true);
            return (long[]) bounds.get(reader);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
