package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerpulse.domain.Psp1;

class ProQolTest {
    private static final Set<Integer> BURNOUT_REVERSED = Set.of(1, 4, 15, 17, 29);

    /** All items the same answer v: CS = STS = 10v; burnout = 5v + 5(6 − v) = 30 whatever v is. */
    @ParameterizedTest(name = "all {0}")
    @CsvSource({"1, 10, 30, 10", "3, 30, 30, 30", "5, 50, 30, 50"})
    void scoresUniformAnswers(String value, int compassion, int burnout, int traumatic) {
        assertThat(ProQol.score(allAnswered(value))).isEqualTo(new ProQolScores(compassion, burnout, traumatic));
    }

    /** Reversed burnout items answered 2 count 4; the other burnout items answered 4: burnout = 10 × 4 = 40. */
    @Test
    void reversesBurnoutItemsOneFourFifteenSeventeenTwentyNine() {
        Map<String, String> answers = allAnswered("4");
        BURNOUT_REVERSED.forEach(item -> answers.put(Psp1.proqolItem(item), "2"));
        ProQolScores scores = ProQol.score(answers);
        assertThat(scores.burnout()).isEqualTo(40);
        assertThat(scores.compassionSatisfaction()).isEqualTo(40);
        assertThat(scores.secondaryTraumaticStress()).isEqualTo(40);
    }

    /** Item 8 (burnout, not reversed) 5, item 3 (compassion) 1, item 2 (traumatic stress) 5, rest 3. */
    @Test
    void addsEachItemToItsOwnSubscale() {
        Map<String, String> answers = allAnswered("3");
        answers.put("pq08", "5");
        answers.put("pq03", "1");
        answers.put("pq02", "5");
        assertThat(ProQol.score(answers)).isEqualTo(new ProQolScores(28, 32, 32));
    }

    @Test
    void aSubscaleWithAMissingItemIsNotScored() {
        Map<String, String> answers = allAnswered("3");
        answers.remove("pq29");
        answers.put("pq30", " ");
        ProQolScores scores = ProQol.score(answers);
        assertThat(scores.burnout()).isNull();
        assertThat(scores.compassionSatisfaction()).isNull();
        assertThat(scores.secondaryTraumaticStress()).isEqualTo(30);
        assertThat(ProQol.score(Map.of())).isEqualTo(new ProQolScores(null, null, null));
    }

    @Test
    void refusesValuesOutsideOneToFive() {
        Map<String, String> answers = allAnswered("3");
        answers.put("pq05", "6");
        assertThatThrownBy(() -> ProQol.score(answers)).isInstanceOf(IllegalArgumentException.class);
        answers.put("pq05", "x");
        assertThatThrownBy(() -> ProQol.score(answers)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"10, LOW", "22, LOW", "23, MODERATE", "41, MODERATE", "42, HIGH", "50, HIGH"})
    void bandsAtTheManualCutPoints(int score, ProQolBand band) {
        assertThat(ProQolBand.of(score)).isEqualTo(band);
    }

    @Test
    void refusesImpossibleScores() {
        assertThatThrownBy(() -> ProQolBand.of(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProQolBand.of(51)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> allAnswered(String value) {
        Map<String, String> answers = new HashMap<>();
        for (int i = 1; i <= Psp1.PROQOL_ITEMS; i++) {
            answers.put(Psp1.proqolItem(i), value);
        }
        return answers;
    }
}
