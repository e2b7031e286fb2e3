package org.peerpulse.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
public final class SiteFinder {
    /** The most sites offered at once: typing more narrows them down. */
    static final int MOST_OFFERED = 12;

    private final TextField field = new TextField();
    private final Consumer<Site> found;
    /** The sites to search, as last shown on the JavaFX thread: the offers are made on a thread of their own. */
    private volatile List<Site> sites;

    private SiteFinder(String id, ObservableList<Site> sites, Consumer<Site> found) {
        this.found = found;
        this.sites = List.copyOf(sites);
        sites.addListener((Observable changed) -> this.sites = List.copyOf(sites));
        field.setId(id);
        field.setPromptText(Messages.tr("siteFinder.prompt"));
        field.setAccessibleText(Messages.tr("siteFinder.prompt"));
        field.setPrefColumnCount(11);
        field.setOnAction(e -> {
            List<Site> matching = matching(this.sites, field.getText());
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
        return new SiteFinder(id, sites, found).field;
    }

    private void offerMatches() {
        AutoCompletionBinding<Site> offers = TextFields.bindAutoCompletion(field,
                request -> matching(sites, request.getUserText()), Choices.converter(Site::name));
        offers.setVisibleRowCount(MOST_OFFERED);
        offers.setOnAutoCompleted(e -> choose(e.getCompletion()));
    }

    private void choose(Site site) {
        field.clear();
        found.accept(site);
    }

    /** The sites whose name or code contains {@code typed} (ignoring case), in their order; none for blank. */
    static List<Site> matching(List<Site> sites, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return sites.stream().filter(site -> contains(site.name(), wanted) || contains(site.code(), wanted))
                .limit(MOST_OFFERED).toList();
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
