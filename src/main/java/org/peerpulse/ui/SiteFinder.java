package org.peerpulse.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.peerpulse.domain.Site;

/**
 * A field that finds a site as part of its name or code is typed: a provincial program's 250 sites
 * are too many to scroll through in a filter's list. The sites that match are offered under the
 * field; the one chosen (or the only match, on Enter) is handed on, and the field empties for the
 * next. Matching ignores case.
 */
public final class SiteFinder<T> {
    /** The most sites offered at once: typing more narrows them down. */
    static final int MOST_OFFERED = 12;

    private final TextField field = new TextField();
    private final Function<T, Site> siteOf;
    private final Consumer<T> found;
    /** What to search, as last shown on the JavaFX thread: the offers are made on a thread of their own. */
    private volatile List<T> items;

    private SiteFinder(String id, ObservableList<T> items, Function<T, Site> siteOf, Consumer<T> found) {
        this.siteOf = siteOf;
        this.found = found;
        this.items = List.copyOf(items);
        items.addListener((Observable changed) -> this.items = List.copyOf(items));
        field.setId(id);
        field.setPromptText(Messages.tr("siteFinder.prompt"));
        field.setAccessibleText(Messages.tr("siteFinder.prompt"));
        field.setPrefColumnCount(11);
        field.setOnAction(e -> {
            List<T> matching = matching(this.items, siteOf, field.getText());
            if (matching.size() == 1) {
                choose(matching.get(0));
            }
        });
        // the list of offers is made when the field is first used, not with the window
        field.focusedProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable focus) {
                field.focusedProperty().removeListener(this);
                offerMatches();
            }
        });
    }

    /**
     * @param sites the sites to find among, followed as they change
     * @param found what to do with the site chosen (on the JavaFX thread)
     */
    public static TextField field(String id, ObservableList<Site> sites, Consumer<Site> found) {
        return field(id, sites, Function.identity(), found);
    }

    /**
     * A finder over the rows of a table, each the row of one site: the row of the site chosen is
     * handed on, so that it can be selected as it is.
     *
     * @param items  the rows to find among, followed as they change
     * @param siteOf the site of a row
     */
    public static <T> TextField field(String id, ObservableList<T> items, Function<T, Site> siteOf,
                                      Consumer<T> found) {
        return new SiteFinder<>(id, items, siteOf, found).field;
    }

    private void offerMatches() {
        AutoCompletionBinding<T> offers = TextFields.bindAutoCompletion(field,
                request -> matching(items, siteOf, request.getUserText()),
                Choices.converter(item -> siteOf.apply(item).name()));
        offers.setVisibleRowCount(MOST_OFFERED);
        offers.setOnAutoCompleted(e -> choose(e.getCompletion()));
    }

    private void choose(T item) {
        field.clear();
        found.accept(item);
    }

    /**
     * The items whose site's name or code contains {@code typed} (ignoring case), in their order,
     * at most {@link #MOST_OFFERED}; none for blank.
     */
    static <T> List<T> matching(List<T> items, Function<T, Site> siteOf, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return items.stream().filter(item -> contains(siteOf.apply(item).name(), wanted)
                || contains(siteOf.apply(item).code(), wanted)).limit(MOST_OFFERED).toList();
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
