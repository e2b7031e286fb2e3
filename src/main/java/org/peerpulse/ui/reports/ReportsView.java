package org.peerpulse.ui.reports;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.ui.AppIcon;
import org.peerpulse.ui.Choices;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.SaveDialog;
import org.peerpulse.ui.TaskRunner;

/** Reports: choose the program or a site and the waves, pick the file, and the PDF is made in the background. */
public final class ReportsView {
    private final ReportsViewModel model;
    private final SaveDialog dialog;
    private final TaskRunner runner;

    public ReportsView(ReportsViewModel model, SaveDialog dialog, TaskRunner runner) {
        this.model = model;
        this.dialog = dialog;
        this.runner = runner;
    }

    public Parent build() {
        Label title = new Label(Messages.tr("reports.title"));
        title.getStyleClass().add("panel-title");
        Label intro = new Label(Messages.tr("reports.intro"));
        intro.setWrapText(true);

        ComboBox<Site> site = Choices.searchable("report-site", model.sites(), Site::name,
                Messages.tr("reports.program"));
        site.valueProperty().bindBidirectional(model.siteProperty());
        ComboBox<Wave> from = Choices.of("report-from", model.waves(), Wave::label);
        from.valueProperty().bindBidirectional(model.fromProperty());
        ComboBox<Wave> to = Choices.of("report-to", model.waves(), Wave::label);
        to.valueProperty().bindBidirectional(model.toProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.tr("reports.site")), site);
        form.addRow(1, new Label(Messages.tr("reports.from")), from);
        form.addRow(2, new Label(Messages.tr("reports.to")), to);

        Button make = new Button(Messages.tr("reports.make"), AppIcon.REPORT.graphic());
        make.setId("report-make");
        make.setDefaultButton(true);
        make.disableProperty().bind(model.canMakeProperty().not());
        make.setOnAction(e -> dialog.ask(make.getScene().getWindow(), Messages.tr("reports.saveTitle"),
                model.suggestedFileName(), Messages.tr("reports.pdfFiles")).ifPresent(model::make));
        ProgressBar progress = new ProgressBar();
        progress.setId("report-progress");
        progress.progressProperty().bind(model.progressProperty());
        Button cancel = new Button(Messages.tr("reports.cancel"));
        cancel.setId("report-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox working = new HBox(8, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());

        Label message = new Label();
        message.setId("report-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox opened = openButtons();

        Label rule = new Label(Messages.tr("reports.rule"));
        rule.getStyleClass().add("chart-note");
        rule.setWrapText(true);
        VBox panel = new VBox(14, title, intro, form, make, working, message, opened, rule);
        panel.getStyleClass().add("panel");
        VBox page = new VBox(panel);
        page.setPadding(new Insets(20, 24, 24, 24));
        return page;
    }

    /** "Open file" and "Open folder" for the report just written, where the desktop can open files. */
    private HBox openButtons() {
        Button file = new Button(Messages.tr("reports.openFile"));
        file.setId("report-open-file");
        file.setOnAction(e -> open(model.resultProperty().get().file()));
        Button folder = new Button(Messages.tr("reports.openFolder"));
        folder.setId("report-open-folder");
        folder.setOnAction(e -> open(model.resultProperty().get().file().toAbsolutePath().getParent()));
        HBox buttons = new HBox(8, file, folder);
        boolean canOpen = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        buttons.visibleProperty().bind(model.resultProperty().isNotNull().and(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> canOpen)));
        buttons.managedProperty().bind(buttons.visibleProperty());
        return buttons;
    }

    /** Opens a file or folder with the desktop's own program, away from the FX thread (it may block). */
    private void open(Path path) {
        File target = path.toFile();
        runner.run("open report", () -> {
            Desktop.getDesktop().open(target);
            return target;
        }, opened -> { }, failure -> model.failedToOpen(failure));
    }
}
