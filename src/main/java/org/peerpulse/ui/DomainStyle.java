package org.peerpulse.ui;

import org.peerpulse.domain.StressDomain;

/**
 * How a stressor domain looks everywhere: its name and its style class. Each domain keeps one
 * colour (Okabe–Ito, colour-blind safe, tokens in peerpulse.css) and one marker shape, so colour
 * is never the only cue.
 */
public final class DomainStyle {
    private DomainStyle() {
    }

    public static String label(StressDomain domain) {
        return Messages.tr("domain." + domain.code());
    }

    /** e.g. {@code domain-financial}. */
    public static String styleClass(StressDomain domain) {
        return "domain-" + domain.code();
    }
}
