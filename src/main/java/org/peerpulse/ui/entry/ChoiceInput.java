package org.peerpulse.ui.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One single-choice item, answered from the keyboard: a row of small toggle buttons that takes
 * the focus as a whole (one Tab stop per item). Typing the first character of a choice (the digit
 * of a 1–5 scale, the first letter of a word) selects it and, when no other choice starts with it,
 * moves on to the next item; other digits pick a word choice by position; Backspace, Delete or 0
 * clear; the arrow keys step through the choices.
 */
final class ChoiceInput extends HBox {
    private final List<String> codes;
    private final List<String> labels;
    private final ToggleGroup group = new ToggleGroup();
    private final StringProperty value = new SimpleStringProperty(this, "value");
    private Runnable onAnswered = () -> {
    };
    private boolean syncing;

    ChoiceInput(List<String> codes, List<String> labels, List<String> tooltips) {
        super(3);
        this.codes = List.copyOf(codes);
        this.labels = List.copyOf(labels);
        getStyleClass().add("choice-input");
        setFocusTraversable(true);
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(Region.USE_PREF_SIZE);
        for (int i = 0; i < codes.size(); i++) {
            ToggleButton button = new ToggleButton(labels.get(i));
            button.setUserData(codes.get(i));
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
            if (tooltips != null) {
                button.setTooltip(new Tooltip(tooltips.get(i)));
            }
            button.setOnAction(e -> requestFocus());
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> sync(() ->
                value.set(now == null ? null : (String) now.getUserData())));
        value.addListener((o, was, now) -> sync(() -> group.selectToggle(
                group.getToggles().stream().filter(t -> t.getUserData().equals(now)).findFirst().orElse(null))));
        addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void sync(Runnable change) {
        if (!syncing) {
            syncing = true;
            try {
                change.run();
            } finally {
                syncing = false;
            }
        }
    }

    /** The chosen value code; null when not answered. */
    StringProperty valueProperty() {
        return value;
    }

    /** What to do after a key chose an answer unambiguously (move to the next item). */
    void setOnAnswered(Runnable onAnswered) {
        this.onAnswered = onAnswered;
    }

    private void typed(KeyEvent event) {
        String typed = event.getCharacter();
        if (typed.isEmpty() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || Character.isISOControl(typed.charAt(0)) || Character.isWhitespace(typed.charAt(0))) {
            return;
        }
        char key = Character.toLowerCase(typed.charAt(0));
        List<Integer> matches = startingWith(key);
        if (matches.isEmpty() && Character.isDigit(key) && !labelsStartWithDigits()) {
            int position = key - '1';
            if (position >= 0 && position < codes.size()) {
                matches = List.of(position);
            }
        }
        if (matches.isEmpty()) {
            if (key == '0') {
                value.set(null);
                event.consume();
            }
            return;
        }
        event.consume();
        int current = current();
        int next = matches.stream().filter(i -> i > current).findFirst().orElse(matches.get(0));
        value.set(codes.get(next));
        if (matches.size() == 1) {
            onAnswered.run();
        }
    }

    private void pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        int current = current();
        if (code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) {
            value.set(null);
        } else if (code == KeyCode.RIGHT) {
            value.set(codes.get(Math.min(codes.size() - 1, current + 1)));
        } else if (code == KeyCode.LEFT) {
            value.set(current < 0 ? codes.get(0) : codes.get(Math.max(0, current - 1)));
        } else {
            return;
        }
        event.consume();
    }

    /** The chosen choice's position; −1 when none (immutable lists refuse indexOf(null)). */
    private int current() {
        return value.get() == null ? -1 : codes.indexOf(value.get());
    }

    private List<Integer> startingWith(char key) {
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).isEmpty() && labels.get(i).toLowerCase(Locale.ROOT).charAt(0) == key) {
                matches.add(i);
            }
        }
        return matches;
    }

    private boolean labelsStartWithDigits() {
        return labels.stream().anyMatch(l -> !l.isEmpty() && Character.isDigit(l.charAt(0)));
    }
}
