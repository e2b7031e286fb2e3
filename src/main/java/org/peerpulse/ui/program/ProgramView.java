package org.peerpulse.ui.program;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.peerpulse.service.ProgramService.SiteEntry;
import org.peerpulse.service.ProgramService.WaveEntry;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.SiteFinder;

/**
 * Sites and waves: two tables, each with its buttons (mnemonics; Enter or a double click on a
 * row edits it), and a status line. Dialogs hold the forms; the view model does the work.
 */
public final class ProgramView {
    private final ProgramViewModel model;
    private final TableView<SiteEntry> sites;
    private final TableView<WaveEntry> waves;
    private final AtomicReference<Object> keepSiteSelected = new AtomicReference<>();
    private final AtomicReference<Object> keepWaveSelected = new AtomicReference<>();

    public ProgramView(ProgramViewModel model) {
        this.model = model;
        this.sites = ProgramTables.sites(model.sites());
        this.waves = ProgramTables.waves(model.waves());
    }

    /** Selects the site's row and scrolls it into view, as a click on it would. */
    private void showSite(SiteEntry entry) {
        sites.getSelectionModel().select(entry);
        sites.scrollTo(entry);
        sites.requestFocus();
    }

    public Parent build() {
        Button addSite = button("add-site", "program.sites.add", this::addSite);
        Button editSite = button("edit-site", "program.sites.edit", this::editSite);
        Button archive = button("archive-site", "program.sites.archive", this::toggleArchive);
        archive.textProperty().bind(Bindings.createStringBinding(() -> selectedSite() != null
                && selectedSite().site().archived() ? Messages.tr("program.sites.unarchive")
                : Messages.tr("program.sites.archive"), sites.getSelectionModel().selectedItemProperty()));
        Button merge = button("merge-site", "program.sites.merge", this::mergeSite);
        var noSite = sites.getSelectionModel().selectedItemProperty().isNull();
        editSite.disableProperty().bind(noSite);
        archive.disableProperty().bind(noSite);
        merge.disableProperty().bind(noSite.or(Bindings.size(model.sites()).lessThan(2)));
        Button addWave = button("add-wave", "program.waves.add", this::addWave);
        Button editWave = button("edit-wave", "program.waves.edit", this::editWave);
        editWave.disableProperty().bind(waves.getSelectionModel().selectedItemProperty().isNull());

        onEdit(sites, this::editSite);
        onEdit(waves, this::editWave);
        keepSelection(sites, e -> e.site().id(), keepSiteSelected);
        keepSelection(waves, e -> e.wave().id(), keepWaveSelected);

        TextField findSite = SiteFinder.field("program-find-site", model.sites(), SiteEntry::site, this::showSite);
        VBox page = new VBox(12,
                section("program.sites.title", sites, findSite, addSite, editSite, archive, merge),
                section("program.waves.title", waves, addWave, editWave));
        VBox.setVgrow(page.getChildren().get(0), Priority.ALWAYS);
        page.setPadding(new Insets(16, 20, 12, 20));
        BorderPane root = new BorderPane(page);
        root.getStyleClass().add("program-window");
        root.setBottom(statusBar());
        model.errorProperty().addListener((o, was, now) -> {
            if (now != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, now, ButtonType.OK);
                alert.initOwner(window());
                alert.setHeaderText(Messages.tr("program.error.header"));
                alert.show();
            }
        });
        return root;
    }

    private Region section(String titleKey, TableView<?> table, Region... controls) {
        Label title = new Label(Messages.tr(titleKey));
        title.getStyleClass().add("panel-title");
        title.setLabelFor(table);
        VBox side = new VBox(8, controls);
        side.setMinWidth(Region.USE_PREF_SIZE);
        for (Region control : controls) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        HBox body = new HBox(12, table, side);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox section = new VBox(8, title, body);
        section.getStyleClass().add("panel");
        return section;
    }

    private Region statusBar() {
        ProgressIndicator busy = org.peerpulse.ui.BusyMark.spinner(model.busyProperty());
        Label status = new Label();
        status.setId("program-status");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, busy, status);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.tr(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static void onEdit(TableView<?> table, Runnable edit) {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                edit.run();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && table.getSelectionModel().getSelectedItem() != null) {
                edit.run();
            }
        });
    }

    /** After a reload, selects again the row that was being worked on (so the keyboard can go on). */
    private static <T> void keepSelection(TableView<T> table, Function<T, Object> id, AtomicReference<Object> kept) {
        table.getItems().addListener((ListChangeListener<T>) change -> {
            Object wanted = kept.get();
            table.getItems().stream().filter(item -> Objects.equals(id.apply(item), wanted)).findFirst().ifPresent(item -> {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
            });
        });
    }

    private SiteEntry selectedSite() {
        return sites.getSelectionModel().getSelectedItem();
    }

    private void addSite() {
        SiteForm form = model.newSite();
        if (new SiteDialog(window(), form).confirmed()) {
            keepSiteSelected.set(null);
            model.save(form);
        }
    }

    private void editSite() {
        SiteEntry entry = selectedSite();
        SiteForm form = model.editSite(entry);
        if (new SiteDialog(window(), form).confirmed()) {
            keepSiteSelected.set(entry.site().id());
            model.save(form);
        }
    }

    private void toggleArchive() {
        SiteEntry entry = selectedSite();
        keepSiteSelected.set(entry.site().id());
        model.setArchived(entry, !entry.site().archived());
    }

    private void mergeSite() {
        SiteEntry entry = selectedSite();
        new MergeDialog(window(), entry, model.mergeTargets(entry)).showAndWait().ifPresent(into -> {
            keepSiteSelected.set(into.id());
            model.merge(entry, into);
        });
    }

    private void addWave() {
        WaveForm form = model.newWave();
        if (new WaveDialog(window(), form).confirmed()) {
            keepWaveSelected.set(null);
            model.save(form);
        }
    }

    private void editWave() {
        WaveEntry entry = waves.getSelectionModel().getSelectedItem();
        WaveForm form = model.editWave(entry);
        if (new WaveDialog(window(), form).confirmed()) {
            keepWaveSelected.set(entry.wave().id());
            model.save(form);
        }
    }

    private Window window() {
        return sites.getScene() == null ? null : sites.getScene().getWindow();
    }
}
