package org.peerpulse.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names typed by people are matched: ignoring case, spaces, punctuation and accents,
 * so that {@code prince_george_dropin} finds "Prince George Drop-in" (cli.md).
 */
public final class Names {
    private Names() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }
}
