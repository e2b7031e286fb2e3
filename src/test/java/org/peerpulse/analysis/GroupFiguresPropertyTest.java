package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

/**
 * Property: on random programs of 2–6 sites, every figure of a group of sites (the dashboard's
 * filter, the sites without a plan in a follow-up) is one a reader could work out from figures
 * shown already, so it gives nothing hidden away: either every site of the group shows its
 * figure and the group's is their sum, or every other site does and the program's figure is
 * shown, and the group's is the program's less theirs. And a mean carried beside a share is the
 * mean the mean-score line shows.
 */
class GroupFiguresPropertyTest {
    private static final WaveId WAVE = new WaveId(1);
    private static final StressDomain DOMAIN = StressDomain.FINANCIAL;

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGroupShowsOnlyWhatItsSitesOrTheRestOfTheProgramShowAlready(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SiteId> sites = new ArrayList<>();
        int siteCount = 2 + random.nextInt(5);
        for (int i = 0; i < siteCount; i++) {
            sites.add(new SiteId(i + 1));
        }
        MeasureCalculator calculator = new MeasureCalculator(program(sites, random), ProgramSettings.DEFAULTS,
                new SmallNumbers(5, false));
        for (Measure measure : Measure.values()) {
            Figure program = calculator.figure(Set.of(), WAVE, DOMAIN, measure);
            for (int mask = 1; mask < (1 << siteCount) - 1; mask++) {
                Set<SiteId> group = new HashSet<>();
                Set<SiteId> others = new HashSet<>();
                for (int i = 0; i < siteCount; i++) {
                    ((mask & (1 << i)) != 0 ? group : others).add(sites.get(i));
                }
                Figure figure = calculator.figure(group, WAVE, DOMAIN, measure);
                if (figure.mean() != null) {
                    assertThat(calculator.figure(group, WAVE, DOMAIN, Measure.MEAN).mean())
                            .as("the mean beside %s of %s", measure, group).isEqualTo(figure.mean());
                }
                if (group.size() < 2 || !figure.hasValue()) {
                    continue;
                }
                double[] fromSites = sum(calculator, group, measure);
                double[] fromRest = sum(calculator, others, measure);
                boolean sumOfItsSites = fromSites != null && matches(figure, fromSites, 0, 0, 0);
                boolean programLessTheRest = program.hasValue() && fromRest != null
                        && matches(figure, fromRest, program.n(), total(program, measure), -1);
                assertThat(sumOfItsSites || programLessTheRest)
                        .as("%s of %s (seed %d) is its shown sites' sum or the program less the others'",
                                measure, group, seed)
                        .isTrue();
            }
        }
    }

    /** The n and total (count, or sum of scores) of sites each showing its figure; null when one does not. */
    private static double[] sum(MeasureCalculator calculator, Set<SiteId> sites, Measure measure) {
        double[] sum = new double[2];
        for (SiteId site : sites) {
            Figure figure = calculator.figure(Set.of(site), WAVE, DOMAIN, measure);
            if (figure.suppressed()) {
                return null;
            }
            sum[0] += figure.n() == null ? 0 : figure.n();
            sum[1] += total(figure, measure);
        }
        return sum;
    }

    private static double total(Figure figure, Measure measure) {
        if (!figure.hasValue()) {
            return 0;
        }
        return measure == Measure.MEAN ? figure.mean() * figure.n() : figure.count();
    }

    /** Whether the figure's n and total are {@code base + sign × parts} (sign 0: the parts themselves). */
    private static boolean matches(Figure figure, double[] parts, double baseN, double baseTotal, int sign) {
        double n = sign == 0 ? parts[0] : baseN + sign * parts[0];
        double total = sign == 0 ? parts[1] : baseTotal + sign * parts[1];
        return Math.abs(figure.n() - n) < 1e-9 && Math.abs(total(figure, figure.measure()) - total) < 1e-6;
    }

    /** Respondents at each site (a few sites small), each answering or skipping the overall item, top3 and the score. */
    private static SummaryCounts program(List<SiteId> sites, SplittableRandom random) {
        List<ResponseCount> responses = new ArrayList<>();
        List<AnsweredCount> answered = new ArrayList<>();
        List<ValueCount> values = new ArrayList<>();
        List<ScoreSum> scores = new ArrayList<>();
        for (SiteId site : sites) {
            int people = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(16);
            long[] byValue = new long[6];
            long overall = 0;
            long top3 = 0;
            long financial = 0;
            long scored = 0;
            long sum60 = 0;
            long squares = 0;
            for (int person = 0; person < people; person++) {
                if (random.nextInt(10) > 0) {
                    overall++;
                    byValue[1 + random.nextInt(5)]++;
                }
                if (random.nextInt(10) < 7) {
                    top3++;
                    financial += random.nextInt(10) < 4 ? 1 : 0;
                }
                if (random.nextInt(10) < 8) {
                    long score = 60 + random.nextInt(241);
                    scored++;
                    sum60 += score;
                    squares += score * score;
                }
            }
            responses.add(new ResponseCount(site, WAVE, people));
            answered.add(new AnsweredCount(site, WAVE, DOMAIN.overallItem(), overall));
            answered.add(new AnsweredCount(site, WAVE, "top3", top3));
            for (int value = 1; value <= 5; value++) {
                values.add(new ValueCount(site, WAVE, DOMAIN.overallItem(), String.valueOf(value), byValue[value]));
            }
            values.add(new ValueCount(site, WAVE, "top3", DOMAIN.code(), financial));
            scores.add(new ScoreSum(site, WAVE, DOMAIN, scored, sum60, squares));
        }
        return new SummaryCounts(responses, answered, values, scores);
    }
}
