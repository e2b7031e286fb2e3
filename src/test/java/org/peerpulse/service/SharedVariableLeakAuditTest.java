package org.peerpulse.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.LinesReader;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.analysis.Variable;
import org.peerpulse.analysis.Wellbeing;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;

/**
 * A measurement, run on demand ({@code mvn -q -B test -Dtest=SharedVariableLeakAuditTest
 * -Dpeerpulse.audit=shared}, about two minutes; {@code -Daudit.x=srh} for one variable), not a guard:
 * do two cross-tabs sharing a variable X (X × Y, X × Z, …), and the Health view's answers of X, give
 * back between them a hidden count that each alone protects?
 *
 * <p>Each cross-tab is protected as its own cube (sites × waves × X × Y); X's row totals in X × Y count
 * those who answered X and Y. The reader here knows only true facts: for every site/program and
 * wave/all waves, X's true answers T(a) = X×Y's row total(a) + D_Y(a), D_Y ≥ 0 those who answered X = a
 * but skipped Y, D_Y's and T's adding up over answers, sites and waves; T's total plus non-answerers is
 * the number of responses the Overview shows; and, for srh, srmh and qol, T is the Health view's answers
 * and share. Where the figures shown force D_Y to 0 (n of X × Y shown and equal to the Health view's n, or
 * to the responses), X's margins of the tables are the same figures. Working out bounds sum by sum
 * ({@link LinesReader}), it counts hidden counts of 1 to k − 1 pinned by each table alone and by all.
 * Writes its findings to {@code target/shared-variable-audit-<seed>.txt}.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "peerpulse.audit", matches = "shared")
class SharedVariableLeakAuditTest {
    /** Open (decision suppression-rules, "Morning of 5 December, later"): pins across tables are counted, not refused. */
    @ParameterizedTest(name = "demo seed {0}")
    @MethodSource("org.peerpulse.service.CrossTabCubes#demoSeeds")
    void sharedVariablesMarginsAcrossCrossTabs(long seed) throws IOException {
        try (Audit audit = new Audit(seed)) {
            for (String x : CrossTabCubes.associationItems()) {
                if (CrossTabCubes.chosen(x)) {
                    audit.shared(x, CrossTabCubes.partnersOf(x));
                }
            }
            audit.write();
            audit.assertNonePinnedAlone();
        }
    }

    /** X beside each partner: every cross-tab of X read as a cube, with the responses and the Health view. */
    private final class Audit extends CrossTabCubes {
        /** Canonical names of hidden small figures (besides those tried and pinned alone): pinned with responses, pinned with the Health view too. */
        final Set<String> byResponses = new LinkedHashSet<>();
        final Set<String> byAll = new LinkedHashSet<>();
        final List<String> examples = new ArrayList<>();
        /** Pinned margins read in one step: the same figure shown in another table of the same n. */
        final Set<String> direct = new LinkedHashSet<>();
        final Map<String, Integer> byVariable = new HashMap<>();

        Audit(long seed) {
            super(demoProgram(seed), seed);
        }

        /** y × x already read is turned rather than read again. */
        @Override
        Pair readPair(String x, String y) {
            Pair turned = kept(y, x);
            return turned != null ? transpose(turned) : super.readPair(x, y);
        }

        private Pair transpose(Pair p) {
            Long[] seen = new Long[p.seen().length];
            long[] truth = new long[seen.length];
            for (int sw = 0; sw < sn * wn; sw++) {
                for (int i = 0; i < p.rows(); i++) {
                    for (int j = 0; j < p.columns(); j++) {
                        int from = (sw * p.rows() + i) * p.columns() + j;
                        int to = (sw * p.columns() + j) * p.rows() + i;
                        seen[to] = p.seen()[from];
                        truth[to] = p.truth()[from];
                    }
                }
            }
            return new Pair(p.columns(), p.rows(), seen, truth);
        }

        /** X beside every partner, the responses and (for srh, srmh, qol) the Health view. */
        void shared(String x, List<String> partners) {
            Board board = new Board();
            int answers = Variable.named(x, context.associations().settings()).orElseThrow().categories().size();
            int rows = answers + 1;
            // T: X's true answers (and total), every site/program × wave/all; hidden, no view shows it as such
            int[][][] t = latent(board, rows, "T");
            cubeSums(board, t, "links");
            // responses R and X's non-answerers M, per wave: T total + M = R
            board.responses = responses(board, t);
            // each partner's cube, and X's margins of it tied to T by D_Y
            for (String y : partners) {
                int[][][] margin = margins(cube(board, pair(x, y), x, y, "cube " + y));
                for (int s = 0; s < sn; s++) {
                    for (int w = 0; w < wn; w++) {
                        for (int a = 0; a < rows; a++) {
                            board.where.put(margin[s][w][a], new int[] {s, w, a});
                        }
                    }
                }
                board.margins.add(margin);
                tie(board, margin, t, "links " + y);
                board.partners.add(y);
            }
            Wellbeing measure = java.util.Arrays.stream(Wellbeing.values()).filter(m -> m.item().equals(x)).findFirst()
                    .orElse(null);
            if (measure != null) {
                health(board, measure, t);
            }
            board.read(x);
        }

        /** The Health view's answers of X and its share, per site/program and wave, tied to T. */
        private void health(Board board, Wellbeing measure, int[][][] t) {
            List<List<WellbeingService.Row>> seen = new ArrayList<>();
            List<List<WellbeingService.Row>> truth = new ArrayList<>();
            for (int s = 0; s < sn; s++) {
                Site site = s == sites.size() ? null : sites.get(s);
                seen.add(context.wellbeing().overWaves(site, false));
                truth.add(context.wellbeing().overWaves(site, true));
            }
            int[][][] h = new int[sn][waves.size()][6];
            for (int s = 0; s < sn; s++) {
                for (int w = 0; w < waves.size(); w++) {
                    WellbeingService.Row shownRow = rowOf(seen.get(s), waves.get(w));
                    WellbeingService.Row allRow = rowOf(truth.get(s), waves.get(w));
                    SuppressedTable shown = shownRow.distributions().get(measure);
                    SuppressedTable all = allRow.distributions().get(measure);
                    Figure share = share(shownRow, measure);
                    for (int a = 0; a <= 5; a++) {
                        Cell cell = shown == null ? null : a == 5 ? shown.rowTotal(0) : shown.cell(0, a);
                        Long value = cell == null || cell.hidden() ? null : cell.count().getAsLong();
                        if (a == 5 && value == null && share.n() != null) {
                            value = share.n();
                        }
                        long real = all == null ? 0 : (a == 5 ? all.rowTotal(0) : all.cell(0, a)).count().getAsLong();
                        h[s][w][a] = board.healthOf[s][w][a] = board.add(value, real, "Health " + measure.item() + " | " + site(s) + " | "
                                + wave(w) + " | " + (a == 5 ? "n" : "answer " + (a + 1)), "health");
                        board.sum("health link", new int[] {h[s][w][a]}, t[s][w][a]);
                        board.where.put(h[s][w][a], new int[] {s, w, a});
                    }
                    board.sum("health", java.util.Arrays.copyOf(h[s][w], 5), h[s][w][5]);
                    if (share.count() != null) {
                        List<Integer> yes = new ArrayList<>();
                        for (int a = 0; a < 5; a++) {
                            if (measure.counts(a + 1)) {
                                yes.add(h[s][w][a]);
                            }
                        }
                        int count = board.add(share.count(), share.count(), "share", "health");
                        board.sum("health", yes.stream().mapToInt(Integer::intValue).toArray(), count);
                    }
                }
            }
            for (int w = 0; w < waves.size(); w++) {
                for (int a = 0; a <= 5; a++) {
                    int[] members = new int[sites.size()];
                    for (int s = 0; s < members.length; s++) {
                        members[s] = h[s][w][a];
                    }
                    board.sum("health", members, h[sites.size()][w][a]);
                }
            }
        }

        void write() throws IOException {
            StringBuilder out = new StringBuilder();
            out.append("seed ").append(seed).append('\n');
            out.append("hidden figures of 1..").append(K - 1).append(" tried: ").append(tried.size()).append('\n');
            out.append("pinned within their own table (or Health view) alone: ").append(withinTable.size()).append('\n');
            out.append("pinned with cross-tabs + Overview responses: ").append(byResponses.size()).append('\n');
            out.append("pinned with cross-tabs + responses + Health view: ").append(byAll.size()).append('\n');
            out.append("of them read in one step (same margin shown in another table, both n = X's known n): ")
                    .append(direct.size()).append('\n');
            out.append("by shared variable (new pins, may repeat a figure): ").append(byVariable).append('\n');
            for (String line : direct) {
                out.append("DIRECT ").append(line).append('\n');
            }
            for (String line : withinTable) {
                out.append("WITHIN ").append(line).append('\n');
            }
            for (String line : byAll) {
                out.append("PINNED ").append(line).append(byResponses.contains(line) ? " [responses suffice]" : "")
                        .append('\n');
            }
            for (String line : examples) {
                out.append(line).append('\n');
            }
            writeReport("shared-variable-audit", out, 8);
        }

        /** The figures and sums of X's tables (groups: a cube, the Health view, or the links), and what it counts of them. */
        private final class Board extends FigureBoard {
            /** Each table's X margins [site][wave][answer, then n]; the responses [site][wave]; the Health view's answers then n. */
            final List<int[][][]> margins = new ArrayList<>();
            int[][] responses;
            final int[][][] healthOf = new int[sn][wn][6];
            final List<String> partners = new ArrayList<>();

            /** Two tables of X that pin it with the responses alone (no Health view), or null. */
            String twoTables(int at, String own) {
                for (String y : partners) {
                    for (String z : partners) {
                        if (y.compareTo(z) >= 0) {
                            continue;
                        }
                        Set<String> groups = Set.of("cube " + y, "links " + y, "cube " + z, "links " + z, "links");
                        if (reader(groups::contains).pins(at)) {
                            return y + " and " + z;
                        }
                    }
                }
                return null;
            }

            /**
             * For an X margin (or Health answer) pinned: a one-step reading, when another table (or the Health
             * view) shows the same answer's margin and both n equal X's n known from the Health view or the
             * responses; null when none.
             */
            String twin(int at, String x, boolean withHealth) {
                int[] swa = where.get(at);
                if (swa == null) {
                    return null;
                }
                int s = swa[0];
                int w = swa[1];
                int a = swa[2];
                List<Long> known = new ArrayList<>();
                if (w < waves.size() && seen.get(responses[s][w]) != null) {
                    known.add(seen.get(responses[s][w]));
                }
                boolean health = withHealth && w < waves.size() && healthOf[s][w][0] != 0;
                if (health && seen.get(healthOf[s][w][5]) != null) {
                    known.add(seen.get(healthOf[s][w][5]));
                }
                if (known.isEmpty()) {
                    return null;
                }
                int answers = margins.get(0)[s][w].length - 1;
                List<int[]> lines = new ArrayList<>(margins.stream().map(m -> m[s][w]).toList());
                if (health) {
                    lines.add(healthOf[s][w]);
                }
                boolean ownComplete = lines.stream().anyMatch(line -> line[a] == at && seen.get(line[answers]) != null
                        && known.contains(seen.get(line[answers])));
                if (!ownComplete) {
                    return null;
                }
                for (int[] line : lines) {
                    if (line[a] != at && seen.get(line[a]) != null && seen.get(line[answers]) != null
                            && known.contains(seen.get(line[answers]))) {
                        return "shown as " + seen.get(line[a]) + " in " + names.get(line[a]) + " (n " + seen.get(line[answers])
                                + " = X's n " + known + ")";
                    }
                }
                return null;
            }

            void read(String x) {
                LinesReader all = reader(g -> true);
                sound(all);
                LinesReader responses = reader(g -> !g.startsWith("health"));
                for (int at : smallHidden()) {
                    String name = names.get(at);
                    long real = truth.get(at);
                    if (!pinnedAlone(at) && all.pins(at)) {
                        String line = name + " = " + real + "   [shared " + x + "]";
                        if (byAll.add(name + " = " + real)) {
                            byVariable.merge(x, 1, Integer::sum);
                            String twin = twin(at, x, true);
                            if (twin != null) {
                                direct.add(name + " = " + real + ": " + twin);
                            }
                            if (examples.size() < 6 && responses.pins(at) && kinds.get(at).startsWith("cube")) {
                                String two = twoTables(at, kinds.get(at));
                                examples.add("EXAMPLE " + line + "\n      two tables of " + x + " suffice: " + two
                                        + explain(at, x));
                            }
                        }
                        if (responses.pins(at)) {
                            byResponses.add(name + " = " + real);
                        }
                    }
                }
            }

            /**
             * The figures beside it, at its site and wave: its own line in its table, then for every table
             * of X (and the Health view) X's margins by answer and the n, "h" where hidden.
             */
            private String explain(int at, String x) {
                String[] parts = names.get(at).split(" \\| ");
                int answer = xIndex(parts, x);
                StringBuilder own = new StringBuilder();
                Map<String, String[]> margins = new java.util.LinkedHashMap<>();
                for (int i = 0; i < seen.size(); i++) {
                    String[] o = names.get(i).split(" \\| ");
                    if (o.length != 4 || !o[1].equals(parts[1]) || !o[2].equals(parts[2])) {
                        continue;
                    }
                    String value = seen.get(i) == null ? "h" : seen.get(i).toString();
                    if (o[0].equals(parts[0]) && xIndex(o, x) == answer && !o[0].startsWith("Health")) {
                        own.append(' ').append(o[3].substring(5)).append('=').append(value);
                    }
                    if (otherIsTotal(o, x)) {
                        String[] line = margins.computeIfAbsent(o[0], k -> new String[12]);
                        line[xIndex(o, x)] = value;
                    }
                }
                StringBuilder out = new StringBuilder("\n      its line:" + own);
                margins.forEach((table, line) -> out.append("\n      ").append(table).append(" margins of ").append(x)
                        .append(": ").append(String.join(" ", java.util.Arrays.stream(line)
                                .filter(java.util.Objects::nonNull).toList())));
                return out.toString();
            }

            /** The answer of X a figure counts (its total: the number of answers). */
            private int xIndex(String[] o, String x) {
                if (o[0].startsWith("Health")) {
                    return o[3].equals("n") ? 5 : Integer.parseInt(o[3].substring(7)) - 1;
                }
                String[] vars = o[0].split(" × ");
                String[] ij = o[3].substring(5).split(",");
                return Integer.parseInt(ij[vars[0].equals(x) ? 0 : 1]);
            }

            /** Whether it is in the total over the other variable (X's margin); true for the Health view's. */
            private boolean otherIsTotal(String[] o, String x) {
                if (o[0].startsWith("Health")) {
                    return true;
                }
                String[] vars = o[0].split(" × ");
                int otherIndex = vars[0].equals(x) ? 1 : 0;
                int otherSize = Variable.named(vars[otherIndex], context.associations().settings()).orElseThrow()
                        .categories().size();
                return Integer.parseInt(o[3].substring(5).split(",")[otherIndex]) == otherSize;
            }
        }
    }

    private static WellbeingService.Row rowOf(List<WellbeingService.Row> rows, Wave wave) {
        return rows.stream().filter(r -> r.wave().id().equals(wave.id())).findFirst().orElseThrow();
    }

    private static Figure share(WellbeingService.Row row, Wellbeing measure) {
        return switch (measure) {
            case POOR_HEALTH -> row.poorHealth();
            case POOR_MENTAL_HEALTH -> row.poorMentalHealth();
            case LOW_QOL -> row.lowQol();
        };
    }
}
