package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.SummaryCounts.AnsweredCount;
import org.peerpulse.domain.SummaryCounts.ResponseCount;
import org.peerpulse.domain.SummaryCounts.ScoreSum;
import org.peerpulse.domain.SummaryCounts.ValueCount;
import org.peerpulse.domain.WaveId;

/** The indexed counts add up groups, waves, items and value codes as a hand count does. */
class CountIndexTest {
    private static final SiteId A = new SiteId(7);
    private static final SiteId B = new SiteId(3);
    private static final SiteId NOWHERE = new SiteId(99);
    private static final WaveId W1 = new WaveId(1);
    private static final WaveId W2 = new WaveId(2);

    private final CountIndex index = new CountIndex(new SummaryCounts(
            List.of(new ResponseCount(A, W1, 10), new ResponseCount(B, W1, 4), new ResponseCount(A, W2, 8)),
            List.of(new AnsweredCount(A, W1, "fin_overall", 9), new AnsweredCount(B, W1, "fin_overall", 4),
                    new AnsweredCount(A, W2, "top3", 8)),
            List.of(new ValueCount(A, W1, "fin_overall", "5", 3), new ValueCount(A, W1, "fin_overall", "4", 2),
                    new ValueCount(A, W1, "fin_overall", "1", 4), new ValueCount(B, W1, "fin_overall", "4", 4),
                    new ValueCount(A, W2, "top3", "financial", 5), new ValueCount(A, W2, "top3", "housing", 6)),
            List.of(new ScoreSum(A, W1, StressDomain.FINANCIAL, 9, 1800, 400_000),
                    new ScoreSum(B, W1, StressDomain.FINANCIAL, 4, 960, 240_000),
                    new ScoreSum(B, W1, StressDomain.HOUSING, 2, 120, 7200))));

    @Test
    void groupsAddUpTheirSitesAndTheEmptyGroupIsTheWholeProgram() {
        assertThat(index.responses(Set.of(), W1)).isEqualTo(14);
        assertThat(index.responses(Set.of(A), W1)).isEqualTo(10);
        assertThat(index.responses(Set.of(A, NOWHERE), W2)).isEqualTo(8);
        assertThat(index.responses(Set.of(B), W2)).isZero();
        assertThat(index.answered(Set.of(), W1, "fin_overall")).isEqualTo(13);
        assertThat(index.answered(Set.of(B), W1, "fin_overall")).isEqualTo(4);
        assertThat(index.answered(Set.of(A), W1, "top3")).isZero();
        assertThat(index.answered(Set.of(A), new WaveId(5), "fin_overall")).isZero();
        assertThat(index.answered(Set.of(A), W1, "no_such_item")).isZero();
    }

    @Test
    void respondentsCountTheValueCodesThatMatch() {
        assertThat(index.respondents(Set.of(), W1, "fin_overall", v -> Integer.parseInt(v) >= 4)).isEqualTo(3 + 2 + 4);
        assertThat(index.respondents(Set.of(A), W1, "fin_overall", v -> Integer.parseInt(v) >= 4)).isEqualTo(5);
        assertThat(index.respondents(Set.of(A, B), W1, "fin_overall", "1"::equals)).isEqualTo(4);
        assertThat(index.respondents(Set.of(A), W2, "top3", "housing"::equals)).isEqualTo(6);
        assertThat(index.respondents(Set.of(B), W2, "top3", v -> true)).isZero();
        assertThat(index.respondents(Set.of(), W2, "fin_overall", v -> true)).isZero();
    }

    @Test
    void scoreSumsAreKeptPerDomain() {
        assertThat(index.scoreSums(Set.of(), W1, StressDomain.FINANCIAL)).containsExactly(13, 2760, 640_000);
        assertThat(index.scoreSums(Set.of(B), W1, StressDomain.HOUSING)).containsExactly(2, 120, 7200);
        assertThat(index.scoreSums(Set.of(A), W1, StressDomain.HOUSING)).containsExactly(0, 0, 0);
        assertThat(index.scoreSums(Set.of(A), W2, StressDomain.FINANCIAL)).containsExactly(0, 0, 0);
        long[] sums = index.scoreSums(Set.of(), W1, StressDomain.FINANCIAL);
        sums[0] = -1;
        assertThat(index.scoreSums(Set.of(), W1, StressDomain.FINANCIAL)[0]).isEqualTo(13);
    }

    @Test
    void theWholeProgramIsEverySiteWithResponsesInIdOrder() {
        assertThat(index.allSites()).containsExactly(B, A);
        assertThat(index.isWholeProgram(Set.of(A, B))).isTrue();
        assertThat(index.isWholeProgram(Set.of(A))).isFalse();
        assertThat(index.isWholeProgram(Set.of())).isTrue();
    }
}
