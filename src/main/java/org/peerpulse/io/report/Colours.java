package org.peerpulse.io.report;

import java.awt.Color;

/** The report's few colours, as 0xRRGGBB. */
final class Colours {
    static final int TEXT = 0x1F2328;
    static final int MUTED = 0x59636E;
    static final int RULE = 0xC8CDD2;
    static final int HEADER_FILL = 0xEEF1F4;
    static final int STRIPE = 0xF7F8FA;
    static final int BAND = 0xE8EEF6;
    static final int ACCENT = 0x0B5394;

    private Colours() {
    }

    static Color of(int rgb) {
        return new Color(rgb);
    }
}
