package org.peerpulse.ui.entry;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;

/**
 * The "Enter paper surveys" window: site and wave at the top (kept between responses), then two
 * tabs, the entry form and the stored responses of that site and wave. The main window opens it
 * with one line: {@code EntryWindow.open(context, runner, owner, dashboard::reload)}.
 */
public final class EntryWindow {
    private final EntryViewModel entry;
    private final ResponsesViewModel responses;
    private final EntryView entryView;
    private final TabPane tabs = new TabPane();
    private final Tab entryTab = new Tab(Messages.tr("entry.tab.form"));
    private final Tab storedTab = new Tab(Messages.tr("entry.tab.stored"));
    private ComboBox<Site> siteChoice;

    public EntryWindow(AppContext context, TaskRunner runner, Runnable afterChange) {
        ResponsesViewModel[] table = new ResponsesViewModel[1];
        this.entry = new EntryViewModel(context, runner, () -> {
            table[0].reload();
            afterChange.run();
        });
        this.responses = new ResponsesViewModel(context, runner, entry.siteProperty(), entry.waveProperty(), () -> {
            entry.reloadCodes();
            afterChange.run();
        });
        table[0] = responses;
        this.entryView = new EntryView(entry);
    }

    /**
     * Shows the window (owned by {@code owner} when given) and reads the program's sites and waves.
     *
     * @param afterChange run on the JavaFX thread after each save, edit or delete (e.g. reload the dashboard)
     */
    public static Stage open(AppContext context, TaskRunner runner, Window owner, Runnable afterChange) {
        EntryWindow window = new EntryWindow(context, runner, afterChange);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(window.build(), 1240, 880);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setTitle(Messages.tr("entry.window.title"));
        stage.setScene(scene);
        stage.show();
        window.siteChoice.requestFocus();
        window.entry.load();
        return stage;
    }

    public EntryViewModel entry() {
        return entry;
    }

    public ResponsesViewModel responses() {
        return responses;
    }

    public Parent build() {
        entryTab.setContent(entryView.build());
        storedTab.setContent(new ResponsesView(responses, row -> {
            entry.edit(row);
            tabs.getSelectionModel().select(entryTab);
            Platform.runLater(() -> entryView.respondentField().requestFocus());
        }).build());
        entryTab.setClosable(false);
        storedTab.setClosable(false);
        tabs.getTabs().addAll(entryTab, storedTab);
        tabs.setFocusTraversable(false);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == storedTab) {
                responses.reload();
            }
        });
        BorderPane root = new BorderPane(tabs);
        root.setTop(selectionBar());
        root.getStyleClass().add("entry-window");
        return root;
    }

    private Region selectionBar() {
        ComboBox<Site> site = combo(new SearchableComboBox<>(entry.sites()), "entry-site", Site::name); // among many
        siteChoice = site;
        site.valueProperty().bindBidirectional(entry.siteProperty());
        ComboBox<Wave> wave = combo(new ComboBox<>(entry.waves()), "entry-wave", Wave::label);
        wave.valueProperty().bindBidirectional(entry.waveProperty());
        site.setPrefWidth(280);
        wave.setPrefWidth(120);
        site.setMinWidth(Region.USE_PREF_SIZE);
        wave.setMinWidth(Region.USE_PREF_SIZE);
        Label siteLabel = new Label(Messages.tr("entry.site"));
        siteLabel.setLabelFor(site);
        siteLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label waveLabel = new Label(Messages.tr("entry.wave"));
        waveLabel.setLabelFor(wave);
        waveLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = EntrySections.problem(entry.selectionProblemProperty());
        problem.setId("selection-problem");
        Label counter = new Label();
        counter.setId("entry-counter");
        counter.getStyleClass().add("entry-counter");
        counter.textProperty().bind(entry.counterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, siteLabel, site, waveLabel, wave, problem, spacer, counter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 20, 10, 20));
        bar.getStyleClass().add("entry-selection-bar");
        return bar;
    }

    private static <T> ComboBox<T> combo(ComboBox<T> combo, String id, Function<T, String> text) {
        combo.setId(id);
        combo.setPromptText(Messages.tr("entry.choose"));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        TypeAhead.install(combo, text);
        return combo;
    }
}
