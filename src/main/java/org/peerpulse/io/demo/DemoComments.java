package org.peerpulse.io.demo;

import java.util.List;

/**
 * The free-text comments of the demo: harmless, realistic, never naming anyone. They are handed out
 * in turn, so every one of them (the one with a comma, the one with a line break, the French one)
 * appears once a program has as many comments as there are here.
 */
final class DemoComments {
    static final double SHARE = 1.0 / 25;

    private static final List<String> COMMENTS = List.of(
            "Need more debriefing after bad nights.",
            "Rent went up again.",
            "Épuisé après les fins de semaine",
            "Casual shifts, no benefits, and no sick days.",
            "Three overdoses on one shift last month.\nWe need a second person on nights.",
            "Peer support meetings help. Please keep them going.",
            "Paramedics treat us better now than last year.",
            "Hard to find detox beds for people who ask.",
            "Honorarium doesn't cover the bus.",
            "Good team, not enough hours.",
            "Would like training on grief support.",
            "Cheque came late twice this spring.",
            "Lost another friend to the toxic supply.",
            "Thank you for asking.");

    private int next;

    /** The next comment in turn. */
    String next() {
        String comment = COMMENTS.get(next % COMMENTS.size());
        next++;
        return comment;
    }

    static List<String> all() {
        return COMMENTS;
    }
}
