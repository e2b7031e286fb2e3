package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.SummaryCounts.AnsweredCount;
import org.peerpulse.domain.SummaryCounts.ResponseCount;
import org.peerpulse.domain.SummaryCounts.ScoreSum;
import org.peerpulse.domain.SummaryCounts.ValueCount;
import org.peerpulse.domain.WaveId;

/** Measures from summary counts, checked against R (prop.test, t.test) and hand computation. */
class MeasureCalculatorTest {
    private static final SiteId BIG = new SiteId(1);
    private static final SiteId SMALL = new SiteId(2);
    private static final SiteId MID = new SiteId(3);
    private static final WaveId WAVE = new WaveId(10);

    /**
     * BIG: 263 answered fin_overall, 50 said 4 and 31 said 5; SMALL: 4 answered, 2 said 5; MID: 40 said 2.
     * SMALL is hidden by the group rule and MID beside it, so that the program total cannot give SMALL away.
     */
    private static final SummaryCounts COUNTS = new SummaryCounts(
            List.of(new ResponseCount(BIG, WAVE, 270), new ResponseCount(SMALL, WAVE, 4), new ResponseCount(MID, WAVE, 40)),
            List.of(new AnsweredCount(BIG, WAVE, "fin_overall", 263), new AnsweredCount(SMALL, WAVE, "fin_overall", 4),
                    new AnsweredCount(MID, WAVE, "fin_overall", 40),
                    new AnsweredCount(BIG, WAVE, "top3", 20)),
            List.of(new ValueCount(BIG, WAVE, "fin_overall", "1", 100), new ValueCount(BIG, WAVE, "fin_overall", "3", 82),
                    new ValueCount(BIG, WAVE, "fin_overall", "4", 50), new ValueCount(BIG, WAVE, "fin_overall", "5", 31),
                    new ValueCount(SMALL, WAVE, "fin_overall", "5", 2), new ValueCount(SMALL, WAVE, "fin_overall", "2", 2),
                    new ValueCount(BIG, WAVE, "top3", "housing", 12), new ValueCount(MID, WAVE, "fin_overall", "2", 40)),
            // scores 2, 3 and 4 (× 60 = 120, 180, 240): sum 540, sum of squares 104400
            List.of(new ScoreSum(BIG, WAVE, StressDomain.FINANCIAL, 3, 540, 104_400)));

    private static final SiteId A = new SiteId(11);
    private static final SiteId B = new SiteId(12);
    private static final SiteId C = new SiteId(13);

    /** A: 20 answered, 5 high; B: 30, 9 high; C: 3, all high. */
    private static final SummaryCounts THREE_SITES = new SummaryCounts(
            List.of(new ResponseCount(A, WAVE, 20), new ResponseCount(B, WAVE, 30), new ResponseCount(C, WAVE, 3)),
            List.of(new AnsweredCount(A, WAVE, "fin_overall", 20), new AnsweredCount(B, WAVE, "fin_overall", 30),
                    new AnsweredCount(C, WAVE, "fin_overall", 3)),
            List.of(new ValueCount(A, WAVE, "fin_overall", "4", 5), new ValueCount(B, WAVE, "fin_overall", "5", 9),
                    new ValueCount(C, WAVE, "fin_overall", "5", 3)),
            List.of());

    private final MeasureCalculator calculator =
            new MeasureCalculator(COUNTS, ProgramSettings.DEFAULTS, new SmallNumbers(5, false));

    @Test
    void highStressShareHasItsWilsonIntervalAsRPropTestPrints() {
        Figure figure = calculator.figure(Set.of(BIG), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        assertThat(figure.n()).isEqualTo(263);
        assertThat(figure.count()).isEqualTo(81);
        assertThat(figure.proportion()).isCloseTo(81.0 / 263, within(1e-12));
        // R: prop.test(81, 263, correct = FALSE)$conf.int
        assertThat(figure.low()).isCloseTo(0.2552885, within(1e-7));
        assertThat(figure.high()).isCloseTo(0.3662096, within(1e-7));
    }

    @Test
    void aGroupOfFewerThanKRespondentsShowsNoFigureAtAll() {
        Figure figure = calculator.figure(Set.of(SMALL), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        assertThat(figure.suppressed()).isTrue();
        assertThat(figure.n()).isNull();
        assertThat(figure.count()).isNull();
        assertThat(figure.proportion()).isNull();
        assertThat(figure.low()).isNull();
        assertThat(figure.mean()).isNull();
    }

    @Test
    void theProgramAddsUpEverySite() {
        Figure program = calculator.figure(Set.of(), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        assertThat(program.n()).isEqualTo(307);
        assertThat(program.count()).isEqualTo(83);
        assertThat(calculator.figure(Set.of(MID), WAVE, StressDomain.FINANCIAL, Measure.HIGH).suppressed())
                .as("MID hides SMALL from subtraction").isTrue();
    }

    @Test
    void theThresholdIsAProgramSetting() {
        MeasureCalculator extremeOnly = new MeasureCalculator(COUNTS, new ProgramSettings(5, 5), new SmallNumbers(5, false));
        assertThat(extremeOnly.figure(Set.of(BIG), WAVE, StressDomain.FINANCIAL, Measure.HIGH).count()).isEqualTo(31);
    }

    @Test
    void topThreeRateIsAmongThoseWhoAnsweredTopThree() {
        Figure housing = calculator.figure(Set.of(BIG), WAVE, StressDomain.HOUSING, Measure.TOP3);
        assertThat(housing.n()).isEqualTo(20);
        assertThat(housing.count()).isEqualTo(12);
        Figure financial = calculator.figure(Set.of(BIG), WAVE, StressDomain.FINANCIAL, Measure.TOP3);
        assertThat(financial.count()).isZero();
        // R: prop.test(0, 20, correct = FALSE)$conf.int
        assertThat(financial.low()).isCloseTo(0.0, within(1e-12));
        assertThat(financial.high()).isCloseTo(0.1611252, within(1e-7));
    }

    @Test
    void meanScoreHasItsTIntervalAsRTTestPrints() {
        MeasureCalculator smallK = new MeasureCalculator(COUNTS, new ProgramSettings(4, 3), new SmallNumbers(3, false));
        Figure mean = smallK.figure(Set.of(BIG), WAVE, StressDomain.FINANCIAL, Measure.MEAN);
        assertThat(mean.n()).isEqualTo(3);
        assertThat(mean.mean()).isCloseTo(3.0, within(1e-12));
        // R: t.test(c(2, 3, 4))$conf.int → 0.5158623 5.4841377
        assertThat(mean.low()).isCloseTo(0.5158623, within(1e-6));
        assertThat(mean.high()).isCloseTo(5.4841377, within(1e-6));
        assertThat(calculator.figure(Set.of(BIG), WAVE, StressDomain.FINANCIAL, Measure.MEAN).suppressed()).isTrue();
    }

    @Test
    void aDomainNobodyAnsweredIsEmptyNotSuppressed() {
        Figure trauma = calculator.figure(Set.of(BIG), WAVE, StressDomain.TRAUMA, Measure.HIGH);
        assertThat(trauma.suppressed()).isFalse();
        assertThat(trauma.hasValue()).isFalse();
        assertThat(trauma.n()).isZero();
    }

    @Test
    void theSmallNumbersOverrideShowsSmallGroups() {
        MeasureCalculator internal = new MeasureCalculator(COUNTS, ProgramSettings.DEFAULTS, new SmallNumbers(5, true));
        Figure figure = internal.figure(Set.of(SMALL), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        assertThat(figure.suppressed()).isFalse();
        assertThat(figure.count()).isEqualTo(2);
        assertThat(figure.n()).isEqualTo(4);
    }

    @Test
    void aSmallSiteCannotBeRecoveredFromTheProgramTotalByComplementarySuppression() {
        MeasureCalculator line = new MeasureCalculator(THREE_SITES, ProgramSettings.DEFAULTS, new SmallNumbers(5, false));
        Figure small = line.figure(Set.of(C), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        Figure complement = line.figure(Set.of(A), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        Figure shown = line.figure(Set.of(B), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        Figure program = line.figure(Set.of(), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        assertThat(small.suppressed()).isTrue();
        assertThat(complement.suppressed()).as("the next-smallest site hides the small one").isTrue();
        assertThat(shown.n()).isEqualTo(30);
        assertThat(program.n()).isEqualTo(53);
        assertThat(program.count()).isEqualTo(17);
        // program − B = A + C together (23 people): no small group alone can be read
        assertThat(line.figure(Set.of(A, B), WAVE, StressDomain.FINANCIAL, Measure.HIGH).suppressed())
                .as("a group holding a hidden site").isTrue();
        assertThat(line.figure(Set.of(A, B, C), WAVE, StressDomain.FINANCIAL, Measure.HIGH).n())
                .as("every site is the program").isEqualTo(53);
        MeasureCalculator internal = new MeasureCalculator(THREE_SITES, ProgramSettings.DEFAULTS, new SmallNumbers(5, true));
        assertThat(internal.figure(Set.of(A), WAVE, StressDomain.FINANCIAL, Measure.HIGH).n()).isEqualTo(20);
    }

    @Test
    void theSitesLeftOnceTheShownOnesAreTakenFromTheProgramShowWhatEveryReaderWorksOutAnyway() {
        MeasureCalculator line = new MeasureCalculator(THREE_SITES, ProgramSettings.DEFAULTS, new SmallNumbers(5, false));
        // A and C are hidden (C small, A beside it); B and the program are shown: A and C together are 53 − 30
        Figure rest = line.figure(Set.of(A, C), WAVE, StressDomain.FINANCIAL, Measure.HIGH);
        assertThat(rest.suppressed()).isFalse();
        assertThat(rest.n()).isEqualTo(53 - 30);
        assertThat(rest.count()).isEqualTo(17 - 9);
        assertThat(line.figure(Set.of(A, B), WAVE, StressDomain.FINANCIAL, Measure.HIGH).suppressed())
                .as("A with B, less B, would be A").isTrue();
        assertThat(line.figure(Set.of(C, B), WAVE, StressDomain.FINANCIAL, Measure.HIGH).suppressed())
                .as("C with B, less B, would be C").isTrue();
    }

    @Test
    void aSmallSitesZeroInTheTopThreeCannotBeWorkedOutFromTheProgramsCount() {
        SiteId victoria = new SiteId(21);
        SiteId surrey = new SiteId(22);
        SiteId princeGeorge = new SiteId(23);
        SiteId vancouver = new SiteId(24);
        // the program's 5 "relationships" are all at Victoria; Prince George (3) is hidden, Vancouver beside it
        SummaryCounts counts = new SummaryCounts(
                List.of(new ResponseCount(victoria, WAVE, 20), new ResponseCount(surrey, WAVE, 20),
                        new ResponseCount(princeGeorge, WAVE, 3), new ResponseCount(vancouver, WAVE, 10)),
                List.of(new AnsweredCount(victoria, WAVE, "top3", 20), new AnsweredCount(surrey, WAVE, "top3", 20),
                        new AnsweredCount(princeGeorge, WAVE, "top3", 3), new AnsweredCount(vancouver, WAVE, "top3", 10)),
                List.of(new ValueCount(victoria, WAVE, "top3", "relationships", 5)),
                List.of());
        MeasureCalculator line = new MeasureCalculator(counts, ProgramSettings.DEFAULTS, new SmallNumbers(5, false));
        assertThat(line.topThreeChoice(Set.of(princeGeorge), WAVE, "relationships").suppressed()).isTrue();
        assertThat(line.topThreeChoice(Set.of(vancouver), WAVE, "relationships").suppressed()).isTrue();
        assertThat(line.topThreeChoice(Set.of(), WAVE, "relationships").count()).isEqualTo(5);
        assertThat(line.topThreeChoice(Set.of(surrey), WAVE, "relationships").count()).isZero();
        // Victoria's 5 shown would leave 0 for Prince George and Vancouver: both 0, though hidden
        Figure atVictoria = line.topThreeChoice(Set.of(victoria), WAVE, "relationships");
        assertThat(atVictoria.count()).isNull();
    }
}
