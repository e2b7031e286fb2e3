package org.peerpulse.io.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peerpulse.domain.Psp1;
import org.peerpulse.io.ParsedRow;

/**
 * A demo program for trying PeerPulse without real data: four British Columbia sites, eight waves
 * (2019-09 … 2023-03), a few hundred PSP-1 responses and three interventions, with patterns a
 * manager should be able to read off the dashboard:
 * <ul>
 *   <li>financial stress rising steadily at Surrey (about 30% high → 75%), a wage top-up from 2022;</li>
 *   <li>trauma spiking at Prince George in 2020-09, after the August 2020 poisoned-supply crisis, then easing;</li>
 *   <li>trauma at Victoria dropping from about 70% to 35% after debriefing circles started in April 2021;</li>
 *   <li>housing at Vancouver high and flat, before and after housing navigation started in October 2020;</li>
 *   <li>one group of 4 (Prince George, 2022-03) for small-number suppression; ProQOL 5 at Victoria only.</li>
 * </ul>
 * Pure and deterministic: the same seed gives the same program on every run and JVM.
 */
public final class DemoProgram {
    /** How the demo's own responses are told from answers stored at a demo site since (source ids start with it). */
    public static final String DEMO_SOURCE = "demo:";

    public static final long DEFAULT_SEED = 2019;

    private static final double RESPONDENT_CODE_SHARE = 0.5;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private DemoProgram() {
    }

    public static DemoData generate(long seed) {
        List<DemoWave> waves = DemoScenario.waves();
        List<DemoSite> sites = DemoScenario.SITES;
        DemoComments comments = new DemoComments();
        List<ParsedRow> rows = new ArrayList<>();
        for (int w = 0; w < waves.size(); w++) {
            DemoWave wave = waves.get(w);
            Set<String> codesInWave = new HashSet<>();
            for (int s = 0; s < sites.size(); s++) {
                DemoSite site = sites.get(s);
                Draws draws = new Draws(seed, s, w);
                for (Worker worker : SiteWaveGroup.draw(site, w, wave, draws)) {
                    Map<String, String> answers = WorkerAnswers.fill(worker, site.setting(), draws);
                    if (site == DemoScenario.VICTORIA) {
                        ProqolAnswers.add(answers, worker, draws);
                    }
                    if (draws.chance(DemoComments.SHARE)) {
                        answers.put(Psp1.COMMENT, comments.next());
                    }
                    String respondent = draws.chance(RESPONDENT_CODE_SHARE) ? respondentCode(codesInWave, draws) : null;
                    String submitted = wave.date().plusDays(draws.between(0, DemoScenario.FIELD_DAYS - 1)).toString();
                    rows.add(new ParsedRow(rows.size() + 1, site.name(), wave.label(), respondent, submitted,
                            DEMO_SOURCE + (rows.size() + 1), answers));
                }
            }
        }
        return new DemoData(sites, waves, rows, DemoScenario.interventions());
    }

    /** A made-up code like {@code MA03} (two letters and a birth month), unique within the wave. */
    private static String respondentCode(Set<String> taken, Draws draws) {
        while (true) {
            String code = "" + LETTERS.charAt(draws.between(0, 25)) + LETTERS.charAt(draws.between(0, 25))
                    + String.format(Locale.ROOT, "%02d", draws.between(1, 12));
            if (taken.add(code)) {
                return code;
            }
        }
    }
}
