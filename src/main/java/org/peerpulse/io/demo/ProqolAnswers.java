package org.peerpulse.io.demo;

import java.util.Map;
import java.util.Set;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.StressDomain;

/**
 * ProQOL 5 answers (1 Never … 5 Very often) that hang together: burnout follows overall stress,
 * secondary traumatic stress follows trauma stress, compassion satisfaction falls a little with burnout.
 * Burnout items 1, 4, 15, 17, 29 are positively worded, so their raw answers run the other way.
 */
final class ProqolAnswers {
    private static final Set<Integer> COMPASSION = Set.of(3, 6, 12, 16, 18, 20, 22, 24, 27, 30);
    private static final Set<Integer> BURNOUT_REVERSED = Set.of(1, 4, 15, 17, 29);
    private static final Set<Integer> BURNOUT = Set.of(1, 4, 8, 10, 15, 17, 19, 21, 26, 29);
    private static final double BLANK = 0.01;

    private ProqolAnswers() {
    }

    static void add(Map<String, String> answers, Worker worker, Draws draws) {
        double burnout = 0.7 * (worker.meanStress() - 2.8) + 0.5 * draws.gaussian();
        double secondaryTrauma = 0.6 * (worker.overall(StressDomain.TRAUMA) - 3) + 0.5 * draws.gaussian();
        double compassion = -0.3 * burnout + 0.5 * draws.gaussian();
        for (int item = 1; item <= Psp1.PROQOL_ITEMS; item++) {
            double centre;
            if (COMPASSION.contains(item)) {
                centre = 3.8 + compassion;
            } else if (BURNOUT_REVERSED.contains(item)) {
                centre = 3.5 - burnout;
            } else if (BURNOUT.contains(item)) {
                centre = 2.5 + burnout;
            } else {
                centre = 2.3 + secondaryTrauma;
            }
            int value = draws.scale(centre, 0.7);
            if (!draws.chance(BLANK)) {
                answers.put(Psp1.proqolItem(item), Integer.toString(value));
            }
        }
    }
}
