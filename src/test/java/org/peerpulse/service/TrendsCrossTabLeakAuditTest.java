package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.LinesReader;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.analysis.Variable;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;

/**
 * A measurement, run on demand ({@code mvn -q -B test -Dtest=TrendsCrossTabLeakAuditTest
 * -Dpeerpulse.audit=shared}; {@code -Daudit.x=financial,work} for some domains), not a guard: do the
 * trends' (and the dashboard's, the same {@code MeasureCalculator.figure}) high-stress figures, read
 * beside the cross-tabs, give back hidden counts of 1 to k − 1?
 *
 * <p>Per stress domain, one reader (as {@link SharedVariableLeakAuditTest}) sees, for every site/program
 * and wave/all waves: every cross-tab of the domain's overall item X with every other item (A), every
 * cross-tab of {@code high_<domain>} with every other item (B), the Overview's responses, and then (C)
 * the trends' n and high-stress count for every site/program and wave, hidden where the trends figure
 * is. True identities only: X's true answers T, its no/yes H (sums of T), each table's margins
 * = T (or H) less those who skipped the partner (≥ 0), trends n = H's total, trends count = H's yes.
 * Counts hidden small figures pinned by A, by A+B, and by A+B+C; writes
 * {@code target/trends-crosstab-audit-<seed>.txt}.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "peerpulse.audit", matches = "shared")
class TrendsCrossTabLeakAuditTest {
    private static final int K = 5;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @ParameterizedTest(name = "demo seed {0}")
    @ValueSource(longs = {2019, 1, 9})
    void trendsBesideCrossTabs(long seed) throws IOException {
        context.demo().load(seed);
        Audit audit = new Audit(seed);
        List<String> items = items();
        String only = System.getProperty("audit.x");
        for (StressDomain domain : StressDomain.values()) {
            if (only != null && !List.of(only.split(",")).contains(domain.code())
                    && !List.of(only.split(",")).contains(domain.overallItem())) {
                continue;
            }
            audit.domain(domain, items.stream().filter(y -> !y.equals(domain.overallItem())).toList());
        }
        audit.write();
        assertThat(audit.withinTable).as("pinned by one table alone").isEmpty();
    }

    /** The items the Associations view offers (as SharedVariableLeakAuditTest). */
    private List<String> items() {
        Set<String> items = new LinkedHashSet<>();
        org.peerpulse.domain.Psp1.items().stream()
                .filter(i -> i.kind() == org.peerpulse.domain.ItemKind.SINGLE && !i.code().startsWith("pq"))
                .forEach(i -> items.add(i.code()));
        return new ArrayList<>(items);
    }

    private record Pair(int rows, int columns, Long[] seen, long[] truth) {
    }

    private final class Audit {
        private final long seed;
        private final List<Site> sites = new ArrayList<>(context.program().sites());
        private final List<Wave> waves = new ArrayList<>(context.program().waves());
        private final int sn = sites.size() + 1;
        private final int wn = waves.size() + 1;
        private final Map<List<String>, Pair> pairs = new HashMap<>();
        private final Long[] responsesSeen = new Long[sn * wn];
        private final long[] responsesTruth = new long[sn * wn];
        /** Trends' HIGH figures: [domain][site/program][wave] → {n, count}, seen (null hidden) and true. */
        private final Map<StressDomain, Long[][][]> trendsSeen = new HashMap<>();
        private final Map<StressDomain, long[][][]> trendsTruth = new HashMap<>();

        final Set<String> tried = new LinkedHashSet<>();
        final Set<String> withinTable = new LinkedHashSet<>();
        /** Pinned by A (items' cross-tabs + responses), A+B (+ high_ cross-tabs), A+B+C (+ trends). */
        final Set<String> byItems = new LinkedHashSet<>();
        final Set<String> byHigh = new LinkedHashSet<>();
        final Set<String> byTrends = new LinkedHashSet<>();
        final Map<String, Integer> kindOfNew = new LinkedHashMap<>();
        final List<String> examples = new ArrayList<>();
        /** Trends counts of 1..k−1 shown outright, and of them those the cross-tabs hide. */
        final Set<String> trendsSmallShown = new LinkedHashSet<>();
        final Set<String> trendsSmallShownCrossTabHides = new LinkedHashSet<>();
        final Map<String, String> perDomain = new LinkedHashMap<>();

        Audit(long seed) {
            this.seed = seed;
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
            readTrends(false);
            readTrends(true);
        }

        /** The trends view's points: each site its own series (forProgram), and the program's (forWholeProgram). */
        private void readTrends(boolean showSmall) {
            List<SiteId> ids = sites.stream().map(Site::id).toList();
            List<TrendPoint> points = new ArrayList<>(context.trends()
                    .trends(new TrendQuery(ids, List.of(), Measure.HIGH, showSmall)).points());
            points.addAll(context.trends().trends(new TrendQuery(List.of(), List.of(), Measure.HIGH, showSmall)).points());
            for (TrendPoint p : points) {
                int s = p.site() == null ? sites.size() : ids.indexOf(p.site());
                int w = -1;
                for (int o = 0; o < waves.size(); o++) {
                    if (waves.get(o).id().equals(p.wave())) {
                        w = o;
                    }
                }
                Figure f = p.figure();
                if (showSmall) {
                    long[][][] t = trendsTruth.computeIfAbsent(p.domain(), d -> new long[sn][waves.size()][2]);
                    t[s][w][0] = f.n() == null ? 0 : f.n();
                    t[s][w][1] = f.count() == null ? 0 : f.count();
                } else {
                    Long[][][] t = trendsSeen.computeIfAbsent(p.domain(), d -> new Long[sn][waves.size()][2]);
                    t[s][w][0] = f.n();
                    t[s][w][1] = f.suppressed() ? null : f.count();
                }
            }
        }

        String site(int s) {
            return s == sites.size() ? "program" : sites.get(s).code();
        }

        String wave(int w) {
            return w == waves.size() ? "all waves" : waves.get(w).label();
        }

        Pair pair(String x, String y) {
            Pair kept = pairs.get(List.of(x, y));
            if (kept != null) {
                return kept;
            }
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
            Pair p = new Pair(rows, columns, seen, truth);
            pairs.put(List.of(x, y), p);
            return p;
        }

        /** One cube x × y on the board, its sums in {@code group}; returns x's margins [s][w][row]. */
        int[][][] cube(Board board, String x, String y, String group) {
            Pair p = pair(x, y);
            // named as SharedVariableLeakAuditTest names a pair's figures: codes in order, cells "i,j" in that order
            boolean inOrder = x.compareTo(y) < 0;
            String name = inOrder ? x + " × " + y : y + " × " + x;
            int[][][][] c = new int[sn][wn][p.rows()][p.columns()];
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < wn; w++) {
                    for (int i = 0; i < p.rows(); i++) {
                        for (int j = 0; j < p.columns(); j++) {
                            int at = ((s * wn + w) * p.rows() + i) * p.columns() + j;
                            c[s][w][i][j] = board.add(p.seen()[at], p.truth()[at],
                                    name + " | " + site(s) + " | " + wave(w) + " | cell " + (inOrder ? i + "," + j : j + "," + i),
                                    group);
                            board.where.put(c[s][w][i][j], new int[] {s, w, i, j});
                        }
                    }
                }
            }
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < wn; w++) {
                    for (int i = 0; i < p.rows(); i++) {
                        board.sum(group, java.util.Arrays.copyOf(c[s][w][i], p.columns() - 1), c[s][w][i][p.columns() - 1]);
                    }
                    for (int j = 0; j < p.columns(); j++) {
                        int[] members = new int[p.rows() - 1];
                        for (int i = 0; i < members.length; i++) {
                            members[i] = c[s][w][i][j];
                        }
                        board.sum(group, members, c[s][w][p.rows() - 1][j]);
                    }
                    for (int i = 0; i < p.rows(); i++) {
                        for (int j = 0; j < p.columns(); j++) {
                            if (s == sites.size()) {
                                int[] members = new int[sites.size()];
                                for (int o = 0; o < members.length; o++) {
                                    members[o] = c[o][w][i][j];
                                }
                                board.sum(group, members, c[s][w][i][j]);
                            }
                            if (w == waves.size()) {
                                int[] members = new int[waves.size()];
                                for (int o = 0; o < members.length; o++) {
                                    members[o] = c[s][o][i][j];
                                }
                                board.sum(group, members, c[s][w][i][j]);
                            }
                        }
                    }
                }
            }
            int[][][] margin = new int[sn][wn][p.rows()];
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < wn; w++) {
                    for (int a = 0; a < p.rows(); a++) {
                        margin[s][w][a] = c[s][w][a][p.columns() - 1];
                    }
                }
            }
            return margin;
        }

        /** Margins of a table tied to the true counts by D ≥ 0 (those who skipped the partner). */
        void tie(Board board, int[][][] margin, int[][][] truth, String group) {
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

        int[][][] latent(Board board, int rows, String name) {
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

        void domain(StressDomain domain, List<String> partners) {
            String x = domain.overallItem();
            String high = "high_" + domain.code();
            Board board = new Board();
            Variable xv = Variable.named(x, context.associations().settings()).orElseThrow();
            int answers = xv.categories().size();
            int[] yesNo = xv.yesNoGroups().orElseThrow();
            int[][][] t = latent(board, answers + 1, "T");
            cubeSums(board, t, "links");
            int[][][] h = latent(board, 3, "H");
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < wn; w++) {
                    for (int g = 0; g < 2; g++) {
                        List<Integer> members = new ArrayList<>();
                        for (int a = 0; a < answers; a++) {
                            if (yesNo[a] == g) {
                                members.add(t[s][w][a]);
                            }
                        }
                        board.sum("links", members.stream().mapToInt(Integer::intValue).toArray(), h[s][w][g]);
                    }
                    board.sum("links", new int[] {h[s][w][0], h[s][w][1]}, h[s][w][2]);
                    board.sum("links", new int[] {t[s][w][answers]}, h[s][w][2]);
                }
            }
            cubeSums(board, h, "links");
            // responses R and X's non-answerers M, per wave
            for (int w = 0; w < waves.size(); w++) {
                int[] r = new int[sn];
                int[] m = new int[sn];
                for (int s = 0; s < sn; s++) {
                    r[s] = board.add(responsesSeen[s * wn + w], responsesTruth[s * wn + w],
                            "responses " + site(s) + " " + wave(w), "responses");
                    m[s] = board.add(null, 0, "M", "latent");
                    board.sum("links", new int[] {t[s][w][answers], m[s]}, r[s]);
                }
                board.sum("links", java.util.Arrays.copyOf(r, sites.size()), r[sites.size()]);
                board.sum("links", java.util.Arrays.copyOf(m, sites.size()), m[sites.size()]);
            }
            // A: X × every other item
            for (String y : partners) {
                int[][][] margin = cube(board, x, y, "cube " + y);
                tie(board, margin, t, "links " + y);
            }
            // B: high_<domain> × every other item
            for (String y : partners) {
                int[][][] margin = cube(board, high, y, "hcube " + y);
                tie(board, margin, h, "hlinks " + y);
            }
            // C: the trends' n and high-stress count, per site/program and wave
            Long[][][] seen = trendsSeen.get(domain);
            long[][][] truth = trendsTruth.get(domain);
            int[][] tn = new int[sn][waves.size()];
            int[][] tc = new int[sn][waves.size()];
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < waves.size(); w++) {
                    tn[s][w] = board.add(seen[s][w][0], truth[s][w][0],
                            "Trends " + domain.code() + " | " + site(s) + " | " + wave(w) + " | n", "trends");
                    tc[s][w] = board.add(seen[s][w][1], truth[s][w][1],
                            "Trends " + domain.code() + " | " + site(s) + " | " + wave(w) + " | high", "trends");
                    board.where.put(tn[s][w], new int[] {s, w, 2});
                    board.where.put(tc[s][w], new int[] {s, w, 1});
                    board.sum("trends link", new int[] {tn[s][w]}, h[s][w][2]);
                    board.sum("trends link", new int[] {tc[s][w]}, h[s][w][1]);
                    if (seen[s][w][1] != null && seen[s][w][1] > 0 && seen[s][w][1] < K) {
                        String name = domain.code() + " | " + site(s) + " | " + wave(w) + " | high " + seen[s][w][1]
                                + " of " + seen[s][w][0];
                        trendsSmallShown.add(name);
                    }
                }
            }
            for (int w = 0; w < waves.size(); w++) {
                int[] ns = new int[sites.size()];
                int[] cs = new int[sites.size()];
                for (int s = 0; s < sites.size(); s++) {
                    ns[s] = tn[s][w];
                    cs[s] = tc[s][w];
                }
                board.sum("trends", ns, tn[sites.size()][w]);
                board.sum("trends", cs, tc[sites.size()][w]);
            }
            // a small trends count shown: do the high_ cross-tabs (yes total) all hide it?
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < waves.size(); w++) {
                    if (seen[s][w][1] != null && seen[s][w][1] > 0 && seen[s][w][1] < K) {
                        boolean shownSomewhere = false;
                        boolean hiddenSomewhere = false;
                        for (String y : partners) {
                            Pair p = pair(high, y);
                            int at = ((s * wn + w) * p.rows() + 1) * p.columns() + p.columns() - 1;
                            if (p.truth()[at] == truth[s][w][1]) {
                                if (p.seen()[at] == null) {
                                    hiddenSomewhere = true;
                                } else {
                                    shownSomewhere = true;
                                }
                            }
                        }
                        if (hiddenSomewhere) {
                            trendsSmallShownCrossTabHides.add(domain.code() + " | " + site(s) + " | " + wave(w) + " | high "
                                    + seen[s][w][1] + " of " + seen[s][w][0] + (shownSomewhere ? " (some high_ table shows it)" : ""));
                        }
                    }
                }
            }
            board.read(domain, high);
        }

        private void cubeSums(Board board, int[][][] v, String group) {
            int rows = v[0][0].length;
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < wn; w++) {
                    board.sum(group, java.util.Arrays.copyOf(v[s][w], rows - 1), v[s][w][rows - 1]);
                    for (int a = 0; a < rows; a++) {
                        if (s == sites.size()) {
                            int[] members = new int[sites.size()];
                            for (int o = 0; o < members.length; o++) {
                                members[o] = v[o][w][a];
                            }
                            board.sum(group, members, v[s][w][a]);
                        }
                        if (w == waves.size()) {
                            int[] members = new int[waves.size()];
                            for (int o = 0; o < members.length; o++) {
                                members[o] = v[s][o][a];
                            }
                            board.sum(group, members, v[s][w][a]);
                        }
                    }
                }
            }
        }

        void write() throws IOException {
            StringBuilder out = new StringBuilder();
            out.append("seed ").append(seed).append('\n');
            out.append("domains: ").append(perDomain.keySet()).append('\n');
            out.append("hidden figures of 1..").append(K - 1).append(" tried: ").append(tried.size()).append('\n');
            out.append("pinned within their own table (or trends) alone: ").append(withinTable.size()).append('\n');
            out.append("A  pinned, overall item's cross-tabs + responses: ").append(byItems.size()).append('\n');
            out.append("AB pinned, + high_<domain>'s cross-tabs: ").append(byHigh.size()).append('\n');
            out.append("ABC pinned, + trends n and high count: ").append(byTrends.size()).append('\n');
            out.append("new with trends (ABC not AB), by kind: ").append(kindOfNew).append('\n');
            out.append("trends counts of 1..").append(K - 1).append(" shown outright (n >= k): ")
                    .append(trendsSmallShown.size()).append("; of them hidden as a high_ yes total in a cross-tab: ")
                    .append(trendsSmallShownCrossTabHides.size()).append('\n');
            perDomain.forEach((d, line) -> out.append("  ").append(d).append(": ").append(line).append('\n'));
            for (String line : withinTable) {
                out.append("WITHIN ").append(line).append('\n');
            }
            for (String line : examples) {
                out.append(line).append('\n');
            }
            for (String line : trendsSmallShownCrossTabHides) {
                out.append("SHOWN-BY-TRENDS ").append(line).append('\n');
            }
            for (String line : byTrends) {
                out.append("PINNED ").append(line).append(byHigh.contains(line) ? "" : " [new with trends]")
                        .append(byHigh.contains(line) && !byItems.contains(line) ? " [new with high_]" : "").append('\n');
            }
            Path file = Path.of("target", "trends-crosstab-audit-" + seed + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
            System.out.println(out.toString().lines().limit(16).reduce("", (a, b) -> a + b + "\n"));
        }

        private final class Board {
            private final List<Long> seen = new ArrayList<>();
            private final List<Long> truth = new ArrayList<>();
            private final List<String> names = new ArrayList<>();
            private final List<String> kinds = new ArrayList<>();
            private final List<String> sumGroups = new ArrayList<>();
            private final List<int[]> sums = new ArrayList<>();
            final Map<Integer, int[]> where = new HashMap<>();

            int add(Long shown, long real, String name, String kind) {
                seen.add(shown);
                truth.add(real);
                names.add(name);
                kinds.add(kind);
                return seen.size() - 1;
            }

            void sum(String group, int[] members, int total) {
                sumGroups.add(group);
                int[] sum = java.util.Arrays.copyOf(members, members.length + 1);
                sum[members.length] = total;
                sums.add(sum);
            }

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
                        reader.sum(java.util.Arrays.copyOf(sum, sum.length - 1), sum[sum.length - 1]);
                    }
                }
                return reader.solve();
            }

            void read(StressDomain domain, String high) {
                LinesReader a = reader(g -> !g.startsWith("h") && !g.startsWith("trends"));
                LinesReader ab = reader(g -> !g.startsWith("trends"));
                LinesReader abc = reader(g -> true);
                sound(abc);
                Map<String, LinesReader> alone = new HashMap<>();
                int nA = 0;
                int nAB = 0;
                int nABC = 0;
                Map<String, Integer> fresh = new LinkedHashMap<>();
                for (int at = 0; at < seen.size(); at++) {
                    String kind = kinds.get(at);
                    long real = truth.get(at);
                    if (seen.get(at) != null || kind.equals("latent") || kind.equals("responses") || real <= 0 || real >= K) {
                        continue;
                    }
                    String name = names.get(at);
                    tried.add(name);
                    LinesReader own = alone.computeIfAbsent(kind, k -> reader(k::equals));
                    if (own.pins(at)) {
                        withinTable.add(name + " (" + real + ")");
                        continue;
                    }
                    String key = name + " = " + real;
                    if (a.pins(at)) {
                        byItems.add(key);
                        nA++;
                    }
                    if (ab.pins(at)) {
                        byHigh.add(key);
                        nAB++;
                    }
                    if (abc.pins(at)) {
                        byTrends.add(key);
                        nABC++;
                        if (!ab.pins(at)) {
                            String k = kind.equals("trends") ? (name.endsWith("| n") ? "trends n" : "trends high count")
                                    : kind.startsWith("hcube") ? "high_ cross-tab figure" : "item cross-tab figure";
                            kindOfNew.merge(k, 1, Integer::sum);
                            fresh.merge(k, 1, Integer::sum);
                            if (examples.stream().filter(e -> e.contains("[" + k + "]")).count() < 3) {
                                examples.add("EXAMPLE [" + k + "] " + key + explain(at, domain, high, ab));
                            }
                        }
                    }
                }
                perDomain.put(domain.code(), "A " + nA + ", AB " + nAB + ", ABC " + nABC + ", new with trends " + fresh);
            }

            /** The trends figure at the same site and wave, and the high_ yes/no totals beside it (AB's bounds). */
            private String explain(int at, StressDomain domain, String high, LinesReader ab) {
                int[] where = this.where.get(at);
                if (where == null) {
                    return "";
                }
                String[] parts = names.get(at).split(" \\| ");
                StringBuilder out = new StringBuilder();
                out.append("\n      before trends, bounds ").append(bounds(ab, at));
                for (int i = 0; i < seen.size(); i++) {
                    String[] o = names.get(i).split(" \\| ");
                    if (o.length == 4 && o[1].equals(parts[1]) && o[2].equals(parts[2]) && o[0].startsWith("Trends")) {
                        out.append("\n      ").append(names.get(i)).append(" shown ")
                                .append(seen.get(i) == null ? "h" : seen.get(i)).append(" (true ").append(truth.get(i))
                                .append(")");
                    }
                }
                if (kinds.get(at).startsWith("hcube") || kinds.get(at).startsWith("cube")) {
                    out.append("\n      its table's line at ").append(parts[1]).append(", ").append(parts[2]).append(':');
                    for (int i = 0; i < seen.size(); i++) {
                        String[] o = names.get(i).split(" \\| ");
                        if (o.length == 4 && o[0].equals(parts[0]) && o[1].equals(parts[1]) && o[2].equals(parts[2])) {
                            out.append(' ').append(o[3].substring(5)).append('=')
                                    .append(seen.get(i) == null ? "h" : seen.get(i));
                        }
                    }
                }
                return out.toString();
            }

            private String bounds(LinesReader reader, int at) {
                try {
                    var low = LinesReader.class.getDeclaredField("low");
                    var high = LinesReader.class.getDeclaredField("high");
                    low.setAccessible(true);
                    high.setAccessible(true);
                    return ((long[]) low.get(reader))[at] + ".." + ((long[]) high.get(reader))[at];
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }

            private void sound(LinesReader reader) {
                try {
                    var low = LinesReader.class.getDeclaredField("low");
                    var high = LinesReader.class.getDeclaredField("high");
                    low.setAccessible(true);
                    high.setAccessible(true);
                    long[] lows = (long[]) low.get(reader);
                    long[] highs = (long[]) high.get(reader);
                    for (int at = 0; at < seen.size(); at++) {
                        if (!kinds.get(at).equals("latent")) {
                            assertThat(truth.get(at)).as(names.get(at)).isBetween(lows[at], highs[at]);
                        }
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static Cell cellOf(SuppressedTable table, int i, int j) {
        return i == table.rows() ? (j == table.columns() ? table.grandTotal() : table.columnTotal(j))
                : j == table.columns() ? table.rowTotal(i) : table.cell(i, j);
    }
}
