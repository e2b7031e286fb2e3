package org.peerpulse.io.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.domain.StressDomain;

/**
 * One simulated worker before the questionnaire is filled in: whether they can debrief, and the
 * {@code *_overall} answer (1–5) they give in each stressor domain.
 */
final class Worker {
    final boolean canDebrief;
    final Map<StressDomain, Double> propensity = new EnumMap<>(StressDomain.class);
    final Map<StressDomain, Integer> overall = new EnumMap<>(StressDomain.class);

    /**
     * A shared strain makes a worker's domains correlate; debriefing makes high trauma stress less likely.
     */
    Worker(boolean canDebrief, Draws draws) {
        this.canDebrief = canDebrief;
        double strain = draws.gaussian();
        double money = draws.gaussian();
        for (StressDomain domain : StressDomain.values()) {
            double own = 0.6 * strain + 0.7 * draws.gaussian();
            if (domain == StressDomain.FINANCIAL || domain == StressDomain.HOUSING) {
                own += 0.4 * money;
            }
            if (domain == StressDomain.TRAUMA && canDebrief) {
                own -= 0.6;
            }
            propensity.put(domain, own);
        }
    }

    /** Gives the {@code *_overall} answer: 4 or 5 when the group's quota of high stress includes this worker. */
    void rate(StressDomain domain, boolean high, Draws draws) {
        int value = high ? (draws.chance(0.35) ? 5 : 4) : draws.weighted(List.of(1, 2, 3), 0.2, 0.4, 0.4);
        overall.put(domain, value);
    }

    int overall(StressDomain domain) {
        return overall.get(domain);
    }

    /** Mean of the five {@code *_overall} answers. */
    double meanStress() {
        return overall.values().stream().mapToInt(Integer::intValue).average().orElse(3);
    }
}
