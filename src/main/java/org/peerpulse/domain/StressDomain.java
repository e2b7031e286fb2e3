package org.peerpulse.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five stressor domains of PSP-1, from the five themes of "Running myself ragged"
 * (Harm Reduction Journal 2021;18:18). Their order here is the order of every chart and table.
 */
public enum StressDomain {
    FINANCIAL(List.of("fin_overall", "fin_pay", "fin_job")),
    WORK(List.of("work_overall", "work_respect_staff", "work_respect_prof", "work_role", "work_stigma")),
    HOUSING(List.of("housing_overall", "housing_safety", "housing_cost")),
    RESOURCES(List.of("res_overall", "res_refer", "res_stigma")),
    TRAUMA(List.of("trauma_overall", "trauma_loss", "trauma_unwind"));

    private final List<String> itemCodes;
    private final String code = name().toLowerCase(Locale.ROOT);

    StressDomain(List<String> itemCodes) {
        this.itemCodes = itemCodes;
    }

    /** The contract's code, e.g. {@code financial}; also the code of the matching {@code top3} choice. */
    public String code() {
        return code;
    }

    public List<String> itemCodes() {
        return itemCodes;
    }

    /** The {@code *_overall} item that decides high stress. */
    public String overallItem() {
        return itemCodes.get(0);
    }

    public static Optional<StressDomain> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
