package org.peerpulse.ui;

import java.util.Collections;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** Combo boxes the views share: items shown by name, and "all" as the first choice of an optional filter. */
public final class Choices {
    private Choices() {
    }

    /** A combo box over {@code items} whose first choice is "all" (the value null), following the items as they change. */
    public static <T> ComboBox<T> optional(String id, ObservableList<T> items, Function<T, String> name, String all) {
        return withAll(new ComboBox<>(), id, items, name, all);
    }

    /**
     * As {@link #optional}, for a list too long to scroll through (a provincial program's 250 sites):
     * typing in its open list keeps the choices whose name contains what was typed.
     */
    public static <T> ComboBox<T> searchable(String id, ObservableList<T> items, Function<T, String> name, String all) {
        ComboBox<T> choice = withAll(new SearchableComboBox<>(), id, items, name, all);
        choice.setConverter(converter(name)); // what the search matches ("all" matches only an empty search)
        return choice;
    }

    private static <T> ComboBox<T> withAll(ComboBox<T> choice, String id, ObservableList<T> items,
                                           Function<T, String> name, String all) {
        ObservableList<T> withAll = FXCollections.observableArrayList();
        withAll.add(null);
        withAll.addAll(items);
        items.addListener((ListChangeListener<T>) change -> {
            withAll.setAll(Collections.singletonList(null));
            withAll.addAll(items);
        });
        choice.setItems(withAll);
        choice.setId(id);
        choice.setCellFactory(list -> cell(name, all));
        choice.setButtonCell(cell(name, all));
        return choice;
    }

    /** A combo box over {@code items}, each shown by name. */
    public static <T> ComboBox<T> of(String id, ObservableList<T> items, Function<T, String> name) {
        ComboBox<T> choice = new ComboBox<>(items);
        choice.setId(id);
        choice.setConverter(converter(name));
        return choice;
    }

    public static <T> ListCell<T> cell(Function<T, String> name, String whenNull) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? whenNull : name.apply(item));
            }
        };
    }

    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
