package org.peerpulse.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a site's peer workers work. The code is what files and the command line use. */
public enum Setting {
    OVERDOSE_PREVENTION("overdose_prevention"),
    SUPERVISED_CONSUMPTION("supervised_consumption"),
    HOUSING("housing"),
    OUTREACH("outreach"),
    DROP_IN("drop_in"),
    OTHER("other");

    private final String code;

    Setting(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Setting> fromCode(String code) {
        String wanted = Names.normalize(code);
        return Arrays.stream(values()).filter(s -> Names.normalize(s.code).equals(wanted)).findFirst();
    }
}
