package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.LinesReader;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.storage.Database;

/**
 * A reader of the Associations view (or of {@code crosstab}) can ask for a cross-tab at every site in
 * every wave, at a site over every wave, in a wave over every site and for the whole program, and, for
 * a yes/no, for its item's answers too. They know that the sites' figures add up to the program's, the
 * waves' to the whole, the answers to their total and to the yes/no's no and yes. Working out bounds
 * sum by sum over all of them at once, they must pin no hidden count of 1 to 4. Before, wholes less
 * their parts gave back, among others, Prince George's 4 part-time workers in 2019-09
 * ({@code housing_status × employment}) and its 2 answers of 1 to fin_overall in 2020-03.
 */
class CrossTabPartsProtectionTest {
    private static final int K = 5;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void noHiddenCountComesBackFromTheProgramsSitesAndWavesWithAYesNo() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        // fin_overall's answers 1–5, then high_financial's no and yes; debrief as it is
        Family family = new Family(new Axis("fin_overall", "high_financial", 5, new int[] {0, 0, 0, 1, 1}),
                new Axis("debrief", null, 2, null));
        assertThat(family.hiddenSmallNotPinned()).as("hidden small counts tried").isGreaterThan(100);
    }

    @Test
    void noHiddenCountComesBackFromTheProgramsSitesAndWaves() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        Family family = new Family(new Axis("housing_status", null, 3, null), new Axis("employment", null, 4, null));
        assertThat(family.hiddenSmallNotPinned()).as("hidden small counts tried").isGreaterThan(100);
    }

    @Test
    void theProgramsTableOverEveryWaveKeepsItsFiguresAndItsTest() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        var program = context.associations().crosstab("housing_status", "high_financial", null, null, false);
        assertThat(program.counts().hidesAny()).isFalse();
        assertThat(program.test()).isNotNull();
    }

    /** A variable's answers, and the derived yes/no a reader can also ask for (null: none). */
    private record Axis(String item, String yesNo, int answers, int[] groups) {
        /** Answers, then no and yes when there is a yes/no, then the total. */
        int size() {
            return answers + (yesNo == null ? 0 : 2) + 1;
        }

        int total() {
            return size() - 1;
        }

        /** The sums along this axis a reader knows: members, then their total. */
        List<int[]> sums() {
            List<int[]> sums = new ArrayList<>();
            int[] all = new int[answers + 1];
            for (int a = 0; a < answers; a++) {
                all[a] = a;
            }
            all[answers] = total();
            sums.add(all);
            if (yesNo != null) {
                sums.add(new int[] {answers, answers + 1, total()});
                for (int yes = 0; yes < 2; yes++) {
                    List<Integer> members = new ArrayList<>();
                    for (int a = 0; a < answers; a++) {
                        if (groups[a] == yes) {
                            members.add(a);
                        }
                    }
                    members.add(answers + yes);
                    sums.add(members.stream().mapToInt(Integer::intValue).toArray());
                }
            }
            return sums;
        }
    }

    /** Every cross-tab of two variables (their items' and yes/nos') for every site, wave and both, seen and as they are. */
    private final class Family {
        private final Axis rows;
        private final Axis columns;
        private final List<Site> sites = new ArrayList<>(context.program().sites());
        private final List<Wave> waves = new ArrayList<>(context.program().waves());
        private final int[] size;
        private final Long[] seen;
        private final long[] truth;

        Family(Axis rows, Axis columns) {
            this.rows = rows;
            this.columns = columns;
            size = new int[] {sites.size() + 1, waves.size() + 1, rows.size(), columns.size()};
            seen = new Long[size[0] * size[1] * size[2] * size[3]];
            truth = new long[seen.length];
            for (int s = 0; s < size[0]; s++) {
                for (int w = 0; w < size[1]; w++) {
                    for (boolean rowsGrouped : rows.yesNo() == null ? new boolean[] {false} : new boolean[] {false, true}) {
                        for (boolean columnsGrouped : columns.yesNo() == null ? new boolean[] {false}
                                : new boolean[] {false, true}) {
                            read(s, w, rowsGrouped, columnsGrouped);
                        }
                    }
                }
            }
        }

        private void read(int s, int w, boolean rowsGrouped, boolean columnsGrouped) {
            Site site = s == sites.size() ? null : sites.get(s);
            Wave wave = w == waves.size() ? null : waves.get(w);
            String rowVariable = rowsGrouped ? rows.yesNo() : rows.item();
            String columnVariable = columnsGrouped ? columns.yesNo() : columns.item();
            SuppressedTable shown = context.associations().crosstab(rowVariable, columnVariable, wave, site, false)
                    .counts();
            SuppressedTable all = context.associations().crosstab(rowVariable, columnVariable, wave, site, true)
                    .counts();
            for (int i = 0; i <= shown.rows(); i++) {
                for (int j = 0; j <= shown.columns(); j++) {
                    int r = i == shown.rows() ? rows.total() : rowsGrouped ? rows.answers() + i : i;
                    int c = j == shown.columns() ? columns.total() : columnsGrouped ? columns.answers() + j : j;
                    int at = position(s, w, r, c);
                    Cell cell = cellOf(shown, i, j);
                    truth[at] = cellOf(all, i, j).count().getAsLong();
                    if (!cell.hidden()) {
                        seen[at] = cell.count().getAsLong();
                    }
                }
            }
        }

        /** Checks that no hidden count of 1 to k − 1 is pinned; returns how many there were. */
        int hiddenSmallNotPinned() {
            LinesReader reader = new LinesReader(seen, truth[position(sites.size(), waves.size(), rows.total(),
                    columns.total())]);
            for (int axis = 0; axis < 4; axis++) {
                for (int[] sum : sums(axis)) {
                    for (int at = 0; at < seen.length; at++) {
                        int[] p = coordinates(at);
                        if (p[axis] != sum[sum.length - 1]) {
                            continue;
                        }
                        int[] members = new int[sum.length - 1];
                        for (int m = 0; m < members.length; m++) {
                            p[axis] = sum[m];
                            members[m] = position(p[0], p[1], p[2], p[3]);
                        }
                        reader.sum(members, at);
                    }
                }
            }
            reader.solve();
            int hiddenSmall = 0;
            for (int at = 0; at < seen.length; at++) {
                if (truth[at] > 0 && truth[at] < K && reader.hidden(at)) {
                    hiddenSmall++;
                    int[] p = coordinates(at);
                    assertThat(reader.pins(at)).as("%s × %s: site %s, wave %s, row %d, column %d (%d)", rows.item(),
                            columns.item(), p[0] == sites.size() ? "all" : sites.get(p[0]).code(),
                            p[1] == waves.size() ? "all" : waves.get(p[1]).label(), p[2], p[3], truth[at]).isFalse();
                }
            }
            return hiddenSmall;
        }

        private List<int[]> sums(int axis) {
            return switch (axis) {
                case 0, 1 -> {
                    int[] all = new int[size[axis]];
                    for (int i = 0; i < all.length; i++) {
                        all[i] = i;
                    }
                    yield List.<int[]>of(all); // every site (wave), then their total
                }
                case 2 -> rows.sums();
                default -> columns.sums();
            };
        }

        private int position(int s, int w, int r, int c) {
            return ((s * size[1] + w) * size[2] + r) * size[3] + c;
        }

        private int[] coordinates(int at) {
            int[] p = new int[4];
            for (int a = 3; a >= 0; a--) {
                p[a] = at % size[a];
                at /= size[a];
            }
            return p;
        }
    }

    private static Cell cellOf(SuppressedTable table, int i, int j) {
        return i == table.rows() ? (j == table.columns() ? table.grandTotal() : table.columnTotal(j))
                : j == table.columns() ? table.rowTotal(i) : table.cell(i, j);
    }
}
