package org.peerpulse.io.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.io.ParsedRow;

/**
 * The benchmark's provincial program: {@code sites} sites, {@code waves} quarterly waves and
 * exactly {@code respondents} workers per site and wave, answered with the demo's own workers
 * (correlated domains, items near their domain's overall answer, top three, health, context,
 * ProQOL 5 at some sites, a few comments and blanks; instrument.md). Each site has its own level
 * and drift per domain. Rows are made lazily, one site and wave at a time, so a program of any
 * size streams to a file in constant memory. Deterministic: a seed gives the same rows on every JVM.
 */
public final class BenchProgram implements Iterable<ParsedRow> {
    private static final LocalDate FIRST_WAVE = LocalDate.of(2019, 1, 15);
    private static final double PROQOL_SITE_SHARE = 0.4;
    private static final double WAVE_NOISE = 0.035;
    private static final Setting[] SETTINGS = {Setting.OVERDOSE_PREVENTION, Setting.SUPERVISED_CONSUMPTION,
            Setting.HOUSING, Setting.OUTREACH, Setting.DROP_IN};

    private final long seed;
    private final int sites;
    private final int waves;
    private final int respondents;

    public BenchProgram(long seed, int sites, int waves, int respondents) {
        this.seed = seed;
        this.sites = sites;
        this.waves = waves;
        this.respondents = respondents;
    }

    public static String siteName(int site) {
        return String.format(Locale.ROOT, "Site %03d", site + 1);
    }

    public static String waveLabel(int wave) {
        return FIRST_WAVE.plusMonths(3L * wave).format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    public int responses() {
        return sites * waves * respondents;
    }

    @Override
    public Iterator<ParsedRow> iterator() {
        return new Iterator<>() {
            private final Deque<ParsedRow> group = new ArrayDeque<>();
            private int next;
            private int rowNumber;

            @Override
            public boolean hasNext() {
                while (group.isEmpty() && next < sites * waves) {
                    fill(next / sites, next % sites);
                    next++;
                }
                return !group.isEmpty();
            }

            @Override
            public ParsedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return group.removeFirst();
            }

            private void fill(int wave, int site) {
                Draws siteDraws = new Draws(seed, site);
                Setting setting = SETTINGS[site % SETTINGS.length];
                boolean proqol = siteDraws.chance(PROQOL_SITE_SHARE);
                Map<StressDomain, Double> level = new EnumMap<>(StressDomain.class);
                Map<StressDomain, Double> drift = new EnumMap<>(StressDomain.class);
                for (StressDomain domain : StressDomain.values()) {
                    level.put(domain, 0.15 + 0.5 * siteDraws.uniform());
                    drift.put(domain, (siteDraws.uniform() - 0.5) * 0.4 / Math.max(1, waves));
                }
                Draws draws = new Draws(seed, site, wave);
                LocalDate date = FIRST_WAVE.plusMonths(3L * wave);
                for (Worker worker : workers(draws, level, drift, wave)) {
                    Map<String, String> answers = WorkerAnswers.fill(worker, setting, draws);
                    if (proqol) {
                        ProqolAnswers.add(answers, worker, draws);
                    }
                    if (draws.chance(DemoComments.SHARE)) {
                        answers.put(Psp1.COMMENT, "Short staffed again this month.");
                    }
                    rowNumber++;
                    String respondent = draws.chance(0.5)
                            ? String.format(Locale.ROOT, "S%03dR%05d", site + 1, rowNumber % 100_000) : null;
                    group.add(new ParsedRow(rowNumber, siteName(site), waveLabel(wave), respondent,
                            date.plusDays(draws.between(0, 13)).toString(), null, answers));
                }
            }
        };
    }

    /** As the demo's {@code SiteWaveGroup}: the number with high stress drawn around the site's share. */
    private List<Worker> workers(Draws draws, Map<StressDomain, Double> level, Map<StressDomain, Double> drift,
                                 int wave) {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < respondents; i++) {
            workers.add(new Worker(draws.chance(0.45), draws));
        }
        for (StressDomain domain : StressDomain.values()) {
            double share = level.get(domain) + drift.get(domain) * wave + WAVE_NOISE * draws.gaussian();
            int high = (int) Math.round(respondents * Math.max(0.02, Math.min(0.98, share)));
            List<Worker> byPropensity = new ArrayList<>(workers);
            byPropensity.sort(Comparator.comparingDouble((Worker w) -> w.propensity.get(domain)).reversed());
            for (int i = 0; i < byPropensity.size(); i++) {
                byPropensity.get(i).rate(domain, i < high, draws);
            }
        }
        return workers;
    }
}
