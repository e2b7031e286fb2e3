package org.peerpulse.io.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peerpulse.domain.StressDomain;

/**
 * The workers who answered at one site in one wave. The number with high stress in each domain is
 * drawn around the scenario's share (so the patterns read clearly even with small groups), and the
 * workers most prone to that stress are the ones who report it.
 */
final class SiteWaveGroup {
    private static final double WAVE_NOISE = 0.035;

    private SiteWaveGroup() {
    }

    static List<Worker> draw(DemoSite site, int wave, DemoWave waveInfo, Draws draws) {
        int size = DemoScenario.respondents(site, wave, draws);
        double debrief = DemoScenario.debriefShare(site, waveInfo.date());
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            workers.add(new Worker(draws.chance(debrief), draws));
        }
        for (StressDomain domain : StressDomain.values()) {
            double share = DemoScenario.highStressShare(site, wave, domain) + WAVE_NOISE * draws.gaussian();
            int high = (int) Math.round(size * Math.max(0.02, Math.min(0.98, share)));
            List<Worker> byPropensity = new ArrayList<>(workers);
            byPropensity.sort(Comparator.comparingDouble((Worker w) -> w.propensity.get(domain)).reversed());
            for (int i = 0; i < byPropensity.size(); i++) {
                byPropensity.get(i).rate(domain, i < high, draws);
            }
        }
        return workers;
    }
}
