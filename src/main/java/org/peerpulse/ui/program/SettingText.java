package org.peerpulse.ui.program;

import javafx.util.StringConverter;
import org.peerpulse.domain.Setting;
import org.peerpulse.ui.Messages;

/** How a site's setting reads on screen. */
final class SettingText {
    private SettingText() {
    }

    static String of(Setting setting) {
        if (setting == null) {
            return "";
        }
        return switch (setting) {
            case OVERDOSE_PREVENTION -> Messages.tr("setting.overdosePrevention");
            case SUPERVISED_CONSUMPTION -> Messages.tr("setting.supervisedConsumption");
            case HOUSING -> Messages.tr("setting.housing");
            case OUTREACH -> Messages.tr("setting.outreach");
            case DROP_IN -> Messages.tr("setting.dropIn");
            case OTHER -> Messages.tr("setting.other");
        };
    }

    static StringConverter<Setting> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Setting setting) {
                return of(setting);
            }

            @Override
            public Setting fromString(String text) {
                return null;
            }
        };
    }
}
