package org.peerpulse.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every text the user reads, from one ResourceBundle with dotted keys (French comes later). */
public final class Messages {
    private static final String BUNDLE = "org.peerpulse.ui.messages";

    private Messages() {
    }

    /**
     * The text of {@code key} with its arguments. Every text is a {@link MessageFormat} pattern, with or
     * without arguments, so an apostrophe is always written twice in the bundle ("Yates'' correction").
     */
    public static String tr(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
