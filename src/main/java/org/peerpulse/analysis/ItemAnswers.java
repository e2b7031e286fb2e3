package org.peerpulse.analysis;

import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;

/**
 * One item's answers at every site in every wave, protected on their own: sites × waves × answers,
 * with the no and yes of a yes/no instrument.md works out from the item (srh: poor health). It is the
 * one table every view that shows an item's counts reads them from, the Health view's answers and
 * shares and every cross-tab's row or column totals, so that a count reads the same, shown or hidden,
 * wherever it is: protected two different ways, by two tables, a count hidden in one came back from
 * the other (the program's counts less its sites', chained over sites, waves and answers).
 *
 * <p>Every view must build it over the same sites and waves (those with responses, in the order of
 * their ids), the same counts and the same groups hidden elsewhere, so that it comes out the same.
 */
final class ItemAnswers {
    /** An item's count of answers in a category (a position of {@link CountCube.Axis}'s categories). */
    interface Counts {
        long of(int site, int wave, int category);
    }

    /**
     * The axis of an item's answers: its categories, then the no and yes of a yes/no worked out from it,
     * then the total. Every view builds its item's table on this one axis, so the tables come out the same.
     *
     * @param source an item's own variable ({@link Variable#source()})
     */
    static CountCube.Axis axis(Variable source) {
        return new CountCube.Axis(source.categories().size(), source.yesNoGroups().orElse(null));
    }

    private final CountCube cube;
    private final Suppression[] reasons;

    /**
     * @param hiddenElsewhere of a site's wave (coordinates: site, wave), whether another view hides it whole
     *                        (its number of responses in the sites view)
     */
    ItemAnswers(int k, int sites, int waves, CountCube.Axis answers, Counts counts, Predicate<int[]> hiddenElsewhere) {
        cube = new CountCube(2, CountCube.Axis.of(sites), CountCube.Axis.of(waves), answers);
        for (int s = 0; s < sites; s++) {
            for (int w = 0; w < waves; w++) {
                for (int c = 0; c < answers.categories(); c++) {
                    cube.add(new int[] {s, w, c}, counts.of(s, w, c));
                }
            }
        }
        reasons = cube.protect(k, hiddenElsewhere);
    }

    /**
     * What this table does with a count of a site's wave (either may be the total's position) and an
     * answer's position, as another table sees it: hidden here, hidden there too; shown here and the
     * same count there (nobody who gave that answer skipped what the other table also counts), a reader
     * knows it there.
     */
    CountCube.Elsewhere of(int site, int wave, int answer, long value) {
        int at = cube.position(site, wave, answer);
        if (reasons[at] != Suppression.NONE) {
            return CountCube.Elsewhere.HIDDEN;
        }
        return cube.value(at) == value ? CountCube.Elsewhere.SHOWN : CountCube.Elsewhere.NONE;
    }

    /** A table of its counts, as {@link CountCube#table}; {@code at} gives (site, wave, answer) positions. */
    SuppressedTable table(SmallNumbers protection, int rows, int columns, IntBinaryOperator at) {
        return cube.table(reasons, protection, rows, columns, at);
    }

    int position(int site, int wave, int answer) {
        return cube.position(site, wave, answer);
    }
}
