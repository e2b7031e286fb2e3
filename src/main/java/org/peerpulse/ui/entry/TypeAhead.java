package org.peerpulse.ui.entry;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * Lets a closed ComboBox be chosen by typing the start of an item ("sur" for Surrey, "2024-0"
 * for a wave); letters typed within a second add to the prefix, a pause starts a new one.
 */
final class TypeAhead {
    /** A second; headless tests set a longer pause, since a loaded machine types slower than a person. */
    private static final long PAUSE_NANOS = Long.getLong("peerpulse.typeAheadPauseMillis", 1000) * 1_000_000L;
    private final StringBuilder prefix = new StringBuilder();
    private long lastKey;

    private TypeAhead() {
    }

    static <T> void install(ComboBox<T> combo, Function<T, String> text) {
        TypeAhead typeAhead = new TypeAhead();
        combo.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (typed.isEmpty() || Character.isISOControl(typed.charAt(0)) || event.isControlDown()
                    || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            long now = System.nanoTime();
            if (now - typeAhead.lastKey > PAUSE_NANOS) {
                typeAhead.prefix.setLength(0);
            }
            typeAhead.lastKey = now;
            typeAhead.prefix.append(typed.toLowerCase(Locale.ROOT));
            String wanted = typeAhead.prefix.toString();
            combo.getItems().stream().filter(item -> text.apply(item).toLowerCase(Locale.ROOT).startsWith(wanted))
                    .findFirst().ifPresent(item -> combo.getSelectionModel().select(item));
            event.consume();
        });
    }
}
