package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.ProgramSettings;

/**
 * Hand-worked tables. {@link #render} writes a protected table as text: counts across, the row
 * total after "|", the column totals on the last line, and the grand total last.
 */
class SmallNumbersTest {
    private static final SmallNumbers K5 = new SmallNumbers(5, false);
    private static final SmallNumbers K3 = new SmallNumbers(3, false);

    @Test
    void groupBelowKShowsNoFigure() {
        assertThat(K5.hidesGroup(0)).isTrue();
        assertThat(K5.hidesGroup(4)).isTrue();
        assertThat(K5.hidesGroup(5)).isFalse();
        assertThat(K3.hidesGroup(2)).isTrue();
        assertThat(K3.hidesGroup(3)).isFalse();
    }

    @Test
    void overrideShowsSmallGroupButStillSaysItIsSmall() {
        SmallNumbers internal = new SmallNumbers(5, true);
        assertThat(internal.hidesGroup(4)).isFalse();
        assertThat(internal.group(4)).isEqualTo(new GroupFigure(4, true, false));
        assertThat(K5.group(4)).isEqualTo(new GroupFigure(4, true, true));
        assertThat(K5.group(8)).isEqualTo(new GroupFigure(8, false, false));
    }

    @Test
    void statisticsNeedAtLeastKRespondentsInTheWholeTable() {
        assertThat(K5.showsStatistics(4)).isFalse();
        assertThat(K5.showsStatistics(5)).isTrue();
        assertThat(new SmallNumbers(5, true).showsStatistics(4)).isTrue();
    }

    @Test
    void settingsGiveKAndNeverTheOverride() {
        SmallNumbers rules = SmallNumbers.of(new ProgramSettings(4, 7));
        assertThat(rules.k()).isEqualTo(7);
        assertThat(rules.showsSmallNumbers()).isFalse();
        assertThat(SmallNumbers.of(ProgramSettings.DEFAULTS).k()).isEqualTo(5);
    }

    @Test
    void refusesKOutsideThreeToTwenty() {
        assertThatThrownBy(() -> new SmallNumbers(2, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmallNumbers(21, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneSmallCountIsProtectedByTheNextSmallestInItsRowAndColumn() {
        // 3 is small. Row 0 alone would give it away (25 − 10 − 12), so 10 goes too; column 0
        // would give it away (11 − 8), so 8 goes; then column 1 holds only 10 hidden, so 9 goes.
        SuppressedTable table = K5.protect(new long[][] {{3, 10, 12}, {8, 9, 15}});
        assertThat(render(table)).containsExactly(
                "<5 <5 12 | 25",
                "<5 <5 15 | 32",
                "11 19 27 | 57");
        assertThat(table.cell(0, 0).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(table.cell(0, 1).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(table.cell(1, 0).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(table.cell(1, 1).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(table.cell(0, 2).suppression()).isEqualTo(Suppression.NONE);
    }

    @Test
    void zeroIsShownAndNeverChosenAsAComplement() {
        // k = 3: 2 is small. Its row's smallest other cell is 0, but a hidden zero would not
        // protect it from anyone who knows that nobody at that site can be in column 0.
        SuppressedTable table = K3.protect(new long[][] {{0, 2, 7}, {0, 5, 6}});
        assertThat(render(table)).containsExactly(
                "0 <3 <3 | 9",
                "0 <3 <3 | 11",
                "0 7 13 | 20");
    }

    @Test
    void hiddenCellsSummingBelowKNeedOneMore() {
        // 1 and 2 are two hidden cells, but together they are 3 < 5: the reader would know
        // both are tiny. The next-smallest, 20, joins them.
        SuppressedTable table = K5.protect(new long[][] {{1, 2, 20, 30}}, Totals.ROWS);
        assertThat(render(table)).containsExactly(
                "<5 <5 <5 30 | 53",
                "| 53");
    }

    @Test
    void totalBelowKIsHiddenAndItsWholeLineWithIt() {
        // Row 2 (total 4) is a group of fewer than 5: even its zero is hidden. Its total would
        // be 28 − 8 − 16, so the next-smallest row total (8) is hidden too, then a cell of row 0.
        SuppressedTable table = K5.protect(new long[][] {{6, 2}, {9, 7}, {4, 0}}, Totals.ROWS);
        assertThat(render(table)).containsExactly(
                "<5 <5 | <5",
                "9 7 | 16",
                "<5 <5 | <5",
                "| 28");
        assertThat(table.cell(2, 1).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(table.rowTotal(0).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(table.cell(0, 0).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
    }

    @Test
    void oneRowTableHidesTheColumnTotalsThatRepeatItsCells() {
        SuppressedTable table = K5.protect(new long[][] {{3, 0, 12}});
        assertThat(render(table)).containsExactly(
                "<5 0 <5 | 15",
                "<5 0 <5 | 15");
    }

    @Test
    void programTotalBesideItsSitesIsProtectedLikeAnyColumnTotal() {
        // Sites as rows, one count each, and the program total under them: site C's 4 would be
        // 30 − 14 − 12, so the smallest other site (12) is hidden as well.
        SuppressedTable table = K5.protect(new long[][] {{14}, {12}, {4}}, Totals.COLUMNS);
        assertThat(render(table)).containsExactly(
                "14",
                "<5",
                "<5",
                "30");
    }

    @Test
    void allSmallTableShowsOnlyAGrandTotalOfAtLeastK() {
        assertThat(render(K5.protect(new long[][] {{1, 2}, {3, 1}}))).containsExactly(
                "<5 <5 | <5",
                "<5 <5 | <5",
                "<5 <5 | 7");
        assertThat(render(K5.protect(new long[][] {{1, 1}}))).containsExactly(
                "<5 <5 | <5",
                "<5 <5 | <5");
    }

    @Test
    void withoutKnownTotalsOnlyTheRulesThemselvesHide() {
        // Nothing can be subtracted, so no complements; but row 0 (total 3) is a small group
        // and hides its zero too.
        assertThat(render(K5.protect(new long[][] {{3, 10}, {8, 9}}, Totals.NONE))).containsExactly(
                "<5 10",
                "8 9");
        assertThat(render(K5.protect(new long[][] {{3, 0}, {8, 9}}, Totals.NONE))).containsExactly(
                "<5 <5",
                "8 9");
    }

    @Test
    void overrideShowsEveryCountAndKeepsTheReasons() {
        SuppressedTable table = new SmallNumbers(5, true).protect(new long[][] {{3, 10, 12}, {8, 9, 15}});
        assertThat(render(table)).containsExactly(
                "3 10 12 | 25",
                "8 9 15 | 32",
                "11 19 27 | 57");
        assertThat(table.smallNumbersShown()).isTrue();
        assertThat(table.cell(0, 0).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(table.cell(0, 0).wouldBeHidden()).isTrue();
        assertThat(table.cell(0, 1).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
    }

    @Test
    void labelMarksHiddenFiguresAndLeavesNumberFormattingToTheCaller() {
        SuppressedTable table = new SmallNumbers(7, false).protect(new long[][] {{2, 1234}, {1500, 2000}}, Totals.NONE);
        assertThat(table.label(table.cell(0, 0), n -> "never")).isEqualTo("<7");
        assertThat(table.label(table.cell(1, 1), n -> String.format(Locale.GERMANY, "%,d", n))).isEqualTo("2.000");
    }

    @Test
    void totalsLeftOutOfTheTableCannotBeAskedFor() {
        SuppressedTable table = K5.protect(new long[][] {{10}}, Totals.COLUMNS);
        assertThatThrownBy(() -> table.rowTotal(0)).isInstanceOf(IllegalStateException.class);
        assertThat(table.columnTotal(0).count()).hasValue(10);
        assertThat(table.grandTotal().count()).hasValue(10);
    }

    @Test
    void refusesRaggedEmptyOrNegativeTables() {
        assertThatThrownBy(() -> K5.protect(new long[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> K5.protect(new long[][] {})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> K5.protect(new long[][] {{-1}})).isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> render(SuppressedTable table) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < table.rows(); i++) {
            List<String> labels = new ArrayList<>();
            for (int j = 0; j < table.columns(); j++) {
                labels.add(table.label(table.cell(i, j), Long::toString));
            }
            String line = String.join(" ", labels);
            lines.add(table.totals().rows() ? line + " | " + table.label(table.rowTotal(i), Long::toString) : line);
        }
        Totals totals = table.totals();
        String grand = totals.grand() ? table.label(table.grandTotal(), Long::toString) : "";
        if (totals.columns()) {
            List<String> labels = new ArrayList<>();
            for (int j = 0; j < table.columns(); j++) {
                labels.add(table.label(table.columnTotal(j), Long::toString));
            }
            String line = String.join(" ", labels);
            lines.add(totals.rows() ? line + " | " + grand : (table.columns() == 1 ? grand : line + " = " + grand));
        } else if (totals.rows()) {
            lines.add("| " + grand);
        }
        return lines;
    }
}
