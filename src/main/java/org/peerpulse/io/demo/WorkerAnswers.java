package org.peerpulse.io.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.ValueSet;

/**
 * Fills in PSP-1 for one worker: stressor items near their domain's overall answer, top three
 * consistent with the worst domains, health and context answers that follow stress, and a few blanks.
 */
final class WorkerAnswers {
    private static final double BLANK = 0.03;
    private static final double SKIP_TOP3 = 0.04;
    private static final List<String> OTHER_STRESSORS = List.of("caring", "health", "relationships",
            "substance_use", "other");

    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Worker worker;
    private final Draws draws;

    private WorkerAnswers(Worker worker, Draws draws) {
        this.worker = worker;
        this.draws = draws;
    }

    static Map<String, String> fill(Worker worker, Setting setting, Draws draws) {
        WorkerAnswers filler = new WorkerAnswers(worker, draws);
        filler.stressItems();
        int srh = filler.healthAndContext(setting);
        filler.topThree(srh);
        return filler.answers;
    }

    private void stressItems() {
        for (StressDomain domain : StressDomain.values()) {
            int overall = worker.overall(domain);
            put(domain.overallItem(), overall);
            for (String code : domain.itemCodes().subList(1, domain.itemCodes().size())) {
                put(code, Draws.clamp(overall + draws.weighted(List.of(-1, 0, 1), 0.25, 0.5, 0.25)));
            }
        }
    }

    private int healthAndContext(Setting setting) {
        double strain = worker.meanStress() - 2.8;
        int fin = worker.overall(StressDomain.FINANCIAL);
        int housing = worker.overall(StressDomain.HOUSING);
        int srh = draws.scale(2.6 + 0.5 * strain, 0.9);
        put("srh", srh);
        put("srmh", draws.scale(2.7 + 0.9 * strain + (worker.canDebrief ? -0.2 : 0.3), 0.8));
        put("qol", draws.scale(3.5 - 0.9 * strain, 0.8));
        put("employment", employment(fin, setting));
        put("housing_status", housingStatus(fin, housing));
        put("debrief", worker.canDebrief ? "yes" : "no");
        put("od_responses", odResponses(setting));
        double leave = 0.9 * strain + 0.8 * draws.gaussian();
        put("stay_12m", leave < 0.3 ? "yes" : leave < 1.1 ? "unsure" : "no");
        return srh;
    }

    private String employment(int fin, Setting setting) {
        double insecurity = 0.6 * (fin - 3) + draws.gaussian();
        if (insecurity > 0.6) {
            return draws.chance(setting == Setting.DROP_IN ? 0.5 : 0.2) ? "honorarium" : "casual";
        }
        return insecurity > -0.5 ? "part_time" : "full_time";
    }

    private String housingStatus(int fin, int housing) {
        double precarity = 0.55 * (housing - 3) + 0.35 * (fin - 3) + 0.7 * draws.gaussian();
        return precarity > 1.5 ? "unhoused" : precarity > 0.5 ? "unstable" : "stable";
    }

    private String odResponses(Setting setting) {
        List<String> codes = ValueSet.OD_RESPONSES.codes();
        int index = codes.indexOf(switch (setting) {
            case OVERDOSE_PREVENTION, SUPERVISED_CONSUMPTION -> draws.weighted(codes, 0.03, 0.22, 0.40, 0.35);
            case OUTREACH -> draws.weighted(codes, 0.15, 0.45, 0.30, 0.10);
            default -> draws.weighted(codes, 0.25, 0.50, 0.20, 0.05);
        });
        if (worker.overall(StressDomain.TRAUMA) >= 4 && index < codes.size() - 1 && draws.chance(0.3)) {
            index++;
        }
        return codes.get(index);
    }

    private void topThree(int srh) {
        if (draws.chance(SKIP_TOP3)) {
            return;
        }
        Map<String, Double> score = new LinkedHashMap<>();
        for (StressDomain domain : StressDomain.values()) {
            score.put(domain.code(), worker.overall(domain) + 0.6 * draws.gaussian());
        }
        for (String code : OTHER_STRESSORS) {
            score.put(code, otherStressorLevel(code, srh) + 0.8 * draws.gaussian());
        }
        int count = draws.weighted(List.of(1, 2, 3), 0.15, 0.25, 0.60);
        List<String> chosen = new ArrayList<>(score.keySet());
        chosen.sort(Comparator.comparingDouble((String code) -> score.get(code)).reversed());
        chosen = new ArrayList<>(chosen.subList(0, Math.min(count, Psp1.TOP3_MAX_CHOICES)));
        List<String> order = ValueSet.TOP3.codes();
        chosen.sort(Comparator.comparingInt(order::indexOf));
        answers.put(Psp1.TOP3, String.join(" ", chosen));
    }

    /** How pressing a stressor outside the five domains typically is; health follows self-rated health. */
    private static double otherStressorLevel(String code, int srh) {
        return switch (code) {
            case "caring" -> 2.6;
            case "health" -> 1.4 + 0.5 * srh;
            case "relationships" -> 2.3;
            case "substance_use" -> 2.0;
            default -> 1.6;
        };
    }

    private void put(String code, int value) {
        put(code, Integer.toString(value));
    }

    private void put(String code, String value) {
        if (!draws.chance(BLANK)) {
            answers.put(code, value);
        }
    }
}
