package org.peerpulse.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.LinesReader;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.analysis.Variable;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;

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
    @ParameterizedTest(name = "demo seed {0}")
    @MethodSource("org.peerpulse.service.CrossTabCubes#demoSeeds")
    void trendsBesideCrossTabs(long seed) throws IOException {
        try (Audit audit = new Audit(seed)) {
            for (StressDomain domain : StressDomain.values()) {
                if (CrossTabCubes.chosen(domain.code(), domain.overallItem())) {
                    audit.domain(domain, CrossTabCubes.partnersOf(domain.overallItem()));
                }
            }
            audit.write();
            audit.assertNonePinnedAlone();
        }
    }

    /** Per stress domain, the overall item's and high_<domain>'s cross-tabs read as cubes, with the trends. */
    private final class Audit extends CrossTabCubes {
        /** Trends' HIGH figures: [domain][site/program][wave] → {n, count}, seen (null hidden) and true. */
        private final Map<StressDomain, Long[][][]> trendsSeen = new HashMap<>();
        private final Map<StressDomain, long[][][]> trendsTruth = new HashMap<>();

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
            super(demoProgram(seed), seed);
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

        /** x × y's cube on the board, every cell's place recorded; returns x's margins [s][w][row]. */
        int[][][] cube(Board board, String x, String y, String group) {
            int[][][][] c = cube(board, pair(x, y), x, y, group);
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < wn; w++) {
                    for (int i = 0; i < c[s][w].length; i++) {
                        for (int j = 0; j < c[s][w][i].length; j++) {
                            board.where.put(c[s][w][i][j], new int[] {s, w, i, j});
                        }
                    }
                }
            }
            return margins(c);
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
            responses(board, t);
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
            writeReport("trends-crosstab-audit", out, 16);
        }

        /** The figures and sums of a domain's tables and trends, and what it counts of them. */
        private final class Board extends FigureBoard {

            void read(StressDomain domain, String high) {
                LinesReader a = reader(g -> !g.startsWith("h") && !g.startsWith("trends"));
                LinesReader ab = reader(g -> !g.startsWith("trends"));
                LinesReader abc = reader(g -> true);
                sound(abc);
                int nA = 0;
                int nAB = 0;
                int nABC = 0;
                Map<String, Integer> fresh = new LinkedHashMap<>();
                for (int at : smallHidden()) {
                    if (pinnedAlone(at)) {
                        continue;
                    }
                    String kind = kinds.get(at);
                    String name = names.get(at);
                    long real = truth.get(at);
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

            /** A figure's bounds as worked out by the reader, "low..high". */
            private String bounds(LinesReader reader, int at) {
                return lows(reader)[at] + ".." + highs(reader)[at];
            }
        }
    }
}
