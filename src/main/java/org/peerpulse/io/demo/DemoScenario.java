package org.peerpulse.io.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.StressDomain;

/**
 * The story the demo data tell: which sites and waves there are, what supports were put in place,
 * and how likely a worker is to report high stress in each domain at each site and wave.
 */
final class DemoScenario {
    static final DemoSite VICTORIA = new DemoSite("Victoria Outreach", "VIC", "Island", Setting.OUTREACH);
    static final DemoSite SURREY = new DemoSite("Surrey Overdose Prevention Site", "SUR", "Fraser",
            Setting.OVERDOSE_PREVENTION);
    static final DemoSite PRINCE_GEORGE = new DemoSite("Prince George Drop-in", "PG", "Northern", Setting.DROP_IN);
    static final DemoSite VANCOUVER = new DemoSite("Vancouver Supportive Housing", "VAN", "Vancouver Coastal",
            Setting.HOUSING);
    static final List<DemoSite> SITES = List.of(VICTORIA, SURREY, PRINCE_GEORGE, VANCOUVER);

    static final int WAVE_COUNT = 8;
    static final LocalDate FIRST_WAVE = LocalDate.of(2019, 9, 15);
    static final int FIELD_DAYS = 14;

    static final LocalDate DEBRIEFING_START = LocalDate.of(2021, 4, 1);
    static final LocalDate HOUSING_NAVIGATION_START = LocalDate.of(2020, 10, 1);
    static final LocalDate WAGE_TOP_UP_START = LocalDate.of(2022, 1, 10);
    static final LocalDate PHOTO_ID_START = LocalDate.of(2023, 6, 1);

    /** The one small group, to exercise small-number suppression: Prince George, 2022-03. */
    static final int SMALL_GROUP_WAVE = 5;
    static final int SMALL_GROUP_SIZE = 4;

    private static final double[] SURREY_FINANCIAL = {0.30, 0.37, 0.44, 0.51, 0.58, 0.64, 0.70, 0.75};
    private static final double[] PRINCE_GEORGE_TRAUMA = {0.45, 0.48, 0.86, 0.66, 0.56, 0.52, 0.50, 0.47};
    private static final double[] VICTORIA_TRAUMA = {0.70, 0.72, 0.70, 0.72, 0.32, 0.31, 0.30, 0.29};

    private DemoScenario() {
    }

    static List<DemoWave> waves() {
        List<DemoWave> waves = new ArrayList<>();
        for (int i = 0; i < WAVE_COUNT; i++) {
            LocalDate date = FIRST_WAVE.plusMonths(6L * i);
            waves.add(new DemoWave(date.format(DateTimeFormatter.ofPattern("yyyy-MM")), date));
        }
        return waves;
    }

    /** How many workers answered at a site in a wave. */
    static int respondents(DemoSite site, int wave, Draws draws) {
        if (site == PRINCE_GEORGE && wave == SMALL_GROUP_WAVE) {
            return SMALL_GROUP_SIZE;
        }
        if (site == SURREY) {
            return draws.between(26, 38);
        }
        if (site == VICTORIA) {
            return draws.between(20, 32);
        }
        if (site == PRINCE_GEORGE) {
            return draws.between(12, 22);
        }
        return draws.between(16, 26);
    }

    /** The expected share of workers whose {@code *_overall} answer is 4 or 5, before wave-to-wave noise. */
    static double highStressShare(DemoSite site, int wave, StressDomain domain) {
        return switch (domain) {
            case FINANCIAL -> site == SURREY ? SURREY_FINANCIAL[wave] : site == PRINCE_GEORGE ? 0.42 : 0.38;
            case WORK -> site == SURREY ? 0.22 : 0.18;
            case HOUSING -> site == VANCOUVER ? 0.66 : site == SURREY ? 0.38 : 0.32;
            case RESOURCES -> site == PRINCE_GEORGE ? 0.45 : site == VANCOUVER ? 0.34 : 0.40;
            case TRAUMA -> site == VICTORIA ? VICTORIA_TRAUMA[wave]
                    : site == PRINCE_GEORGE ? PRINCE_GEORGE_TRAUMA[wave]
                    : site == SURREY ? 0.55 : 0.35;
        };
    }

    /** The chance a worker can debrief after a critical incident; Victoria's circles made it the norm. */
    static double debriefShare(DemoSite site, LocalDate waveDate) {
        if (site == VICTORIA) {
            return waveDate.isAfter(DEBRIEFING_START) ? 0.85 : 0.30;
        }
        return site == SURREY ? 0.55 : 0.45;
    }

    static List<DemoIntervention> interventions() {
        return List.of(
                new DemoIntervention("Debriefing circles after critical incidents", "Debriefing after critical incidents",
                        "organizational", VICTORIA.name(), List.of(StressDomain.TRAUMA), DEBRIEFING_START, null,
                        "active", "Clinical supervisor",
                        "Weekly peer-led circle plus an on-call debrief within 24 hours of a critical incident."),
                new DemoIntervention("Housing navigation for peer staff", "Housing navigation", "organizational",
                        VANCOUVER.name(), List.of(StressDomain.HOUSING), HOUSING_NAVIGATION_START, null, "active",
                        "Program manager",
                        "A navigator helps staff with BC Housing applications and landlord disputes."),
                new DemoIntervention("Wage top-up to the living wage", "Wage top-up", "organizational", SURREY.name(),
                        List.of(StressDomain.FINANCIAL), WAGE_TOP_UP_START, null, "active", "Site coordinator",
                        "Hourly top-up for casual and part-time peer staff, funded until March 2024."),
                new DemoIntervention("Photo IDs and business cards for peer staff", "Photo IDs and business cards",
                        "recognition", PRINCE_GEORGE.name(), List.of(StressDomain.WORK), PHOTO_ID_START, null,
                        "planned", "Site coordinator",
                        "Agency photo IDs and cards so paramedics and police know peer staff on scene."));
    }
}
