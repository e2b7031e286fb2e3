package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reader asks for an analysis (a cross-tab, ProQOL) of every site's every wave, every site over its
 * waves, every wave over its sites and the program, and sees each one's n or nothing; subtracting line
 * by line ({@link SubtractionAttacker}) they must not pin a hidden part of 1 to k − 1, nor one hidden
 * because another view hides that site's wave. And a small part does not hide the program's whole.
 * The parts' n are the group figures of a {@link CountCube} of sites × waves.
 */
class CountCubePartsTest {
    private static final int K = 5;

    /** 300 programs of 1–6 sites × 1–8 waves, parts 0–40 skewed to small ones, one in ten hidden elsewhere. */
    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noHiddenPartCanBePinnedFromEveryFiltersN(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int sites = 1 + random.nextInt(6);
        int waves = 1 + random.nextInt(8);
        long[][] n = new long[sites][waves];
        boolean[][] elsewhere = new boolean[sites][waves];
        for (int i = 0; i < sites; i++) {
            for (int j = 0; j < waves; j++) {
                int kind = random.nextInt(10);
                n[i][j] = kind < 2 ? 0 : kind < 5 ? 1 + random.nextInt(K - 1) : K + random.nextInt(36);
                elsewhere[i][j] = random.nextInt(10) == 0;
            }
        }
        Parts table = filled(n, (site, wave) -> elsewhere[site][wave]);

        long[][] extended = SmallNumbers.withTotals(n);
        Cell[][] seen = new Cell[sites + 1][waves + 1];
        for (int i = 0; i <= sites; i++) {
            for (int j = 0; j <= waves; j++) {
                boolean hidden = table.hides(i, j);
                seen[i][j] = new Cell(hidden ? OptionalLong.empty() : OptionalLong.of(extended[i][j]),
                        hidden ? Suppression.COMPLEMENTARY : Suppression.NONE);
            }
        }
        SubtractionAttacker reader = new SubtractionAttacker(new SuppressedTable(K, Totals.ALL, false, seen));

        for (int i = 0; i < sites; i++) {
            for (int j = 0; j < waves; j++) {
                boolean protectedPart = n[i][j] > 0 && (n[i][j] < K || elsewhere[i][j]);
                if (protectedPart) {
                    assertThat(seen[i][j].hidden()).as("site %d, wave %d (%d)", i, j, n[i][j]).isTrue();
                    assertThat(reader.pins(i, j)).as("site %d, wave %d (%d) pinned", i, j, n[i][j]).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aProgramOfManyPartsKeepsItsWholeBesideOneSmallPart(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int sites = 2 + random.nextInt(5);
        int waves = 2 + random.nextInt(7);
        int smallSite = random.nextInt(sites);
        int smallWave = random.nextInt(waves);
        long[][] n = new long[sites][waves];
        for (int i = 0; i < sites; i++) {
            for (int j = 0; j < waves; j++) {
                n[i][j] = i == smallSite && j == smallWave ? 3 : 10 + random.nextInt(20);
            }
        }
        Parts table = filled(n, (site, wave) -> false);

        assertThat(table.hides(sites, waves)).as("the program over every wave").isFalse();
        assertThat(table.hides(smallSite, waves)).as("the small part's site over every wave").isFalse();
        assertThat(table.hides(sites, smallWave)).as("the small part's wave over every site").isFalse();
        assertThat(table.hides(smallSite, smallWave)).isTrue();
    }

    /** Whether the n of site i's wave j is hidden; i = sites for every site, j = waves for every wave. */
    private interface Parts {
        boolean hides(int site, int wave);
    }

    /** A sites × waves table of n[i][j] respondents in site i's wave j, protected. */
    private static Parts filled(long[][] n, java.util.function.BiPredicate<Integer, Integer> hiddenElsewhere) {
        CountCube cube = new CountCube(2, CountCube.Axis.of(n.length), CountCube.Axis.of(n[0].length));
        for (int i = 0; i < n.length; i++) {
            for (int j = 0; j < n[i].length; j++) {
                cube.add(new int[] {i, j}, n[i][j]);
            }
        }
        Suppression[] reasons = cube.protect(K, part -> hiddenElsewhere.test(part[0], part[1]));
        return (site, wave) -> reasons[cube.position(site, wave)] != Suppression.NONE;
    }
}
