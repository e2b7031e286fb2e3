package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * A reader asks for a cross-tab of every site's every wave, every site over its waves, every wave
 * over its sites and the program, and sees each one's n or nothing; subtracting line by line
 * ({@link SubtractionAttacker}) they must not pin a hidden part of 1 to k − 1, nor one hidden because
 * another view hides that site's wave. And a small part no longer hides the program's whole.
 */
class SiteWaveTableTest {
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
        SiteWaveTable table = filled(n, (site, wave) -> elsewhere[(int) site.value()][(int) wave.value()]);

        long[][] extended = SmallNumbers.withTotals(n);
        Cell[][] seen = new Cell[sites + 1][waves + 1];
        for (int i = 0; i <= sites; i++) {
            for (int j = 0; j <= waves; j++) {
                boolean hidden = table.hides(i == sites ? null : new SiteId(i), j == waves ? null : new WaveId(j));
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
        SiteWaveTable table = filled(n, (site, wave) -> false);

        assertThat(table.hides(null, null)).as("the program over every wave").isFalse();
        assertThat(table.hides(new SiteId(smallSite), null)).as("the small part's site over every wave").isFalse();
        assertThat(table.hides(null, new WaveId(smallWave))).as("the small part's wave over every site").isFalse();
        assertThat(table.hides(new SiteId(smallSite), new WaveId(smallWave))).isTrue();
    }

    /** A table that has counted n[i][j] respondents in site i's wave j. */
    private static SiteWaveTable filled(long[][] n, java.util.function.BiPredicate<SiteId, WaveId> hiddenElsewhere) {
        SiteWaveTable table = new SiteWaveTable(new SmallNumbers(K, false), hiddenElsewhere);
        for (int i = 0; i < n.length; i++) {
            for (int j = 0; j < n[i].length; j++) {
                for (long r = 0; r < n[i][j]; r++) {
                    table.count(new SiteId(i), new WaveId(j));
                }
            }
        }
        return table;
    }
}
