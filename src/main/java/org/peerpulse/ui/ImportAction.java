package org.peerpulse.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ImportOptions;
import org.peerpulse.service.ImportReport;

/**
 * File → Import: choose a PSP-1 CSV, import it in the background with progress and a Cancel
 * button, then say plainly what happened — every problem listed when the file was refused.
 */
final class ImportAction {
    private final AppContext context;
    private final TaskRunner runner;
    private final Runnable afterImport;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    ImportAction(AppContext context, TaskRunner runner, Runnable afterImport) {
        this.context = context;
        this.runner = runner;
        this.afterImport = afterImport;
    }

    void chooseAndImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.tr("import.csvFiles"), "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter(Messages.tr("import.allFiles"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importFile(file.toPath(), ImportOptions.DEFAULT);
        }
    }

    void importFile(Path file, ImportOptions options) {
        busy.set(true);
        status.set(Messages.tr("import.running", file.getFileName()));
        ProgressDialog dialog = new ProgressDialog(Messages.tr("import.running", file.getFileName()));
        boolean[] finished = {false};
        TaskRunner.Job job = runner.track(status.get(),
                progress -> context.imports().importFile(file, options, progress),
                report -> {
                    finished[0] = true;
                    dialog.close();
                    busy.set(false);
                    showReport(file, options, report);
                },
                failure -> {
                    finished[0] = true;
                    dialog.close();
                    busy.set(false);
                    error(Messages.tr("import.failed", file.getFileName(), failure.getMessage()));
                });
        if (!finished[0]) {
            dialog.show(job);
        }
    }

    private void showReport(Path file, ImportOptions options, ImportReport report) {
        if (report.cancelled()) {
            status.set(Messages.tr("import.cancelled", report.file()));
            info(Messages.tr("import.cancelledHeader"), Messages.tr("import.cancelled", report.file()));
            return;
        }
        if (report.stored()) {
            status.set(Messages.tr("import.done", report.file(), report.added(), report.duplicates()));
            StringBuilder text = new StringBuilder(Messages.tr("import.done", report.file(), report.added(),
                    report.duplicates()));
            if (!report.createdWaves().isEmpty()) {
                text.append('\n').append(Messages.tr("import.newWaves", String.join(", ", report.createdWaves())));
            }
            if (!report.createdSites().isEmpty()) {
                text.append('\n').append(Messages.tr("import.newSites", String.join(", ", report.createdSites())));
            }
            info(Messages.tr("import.doneHeader"), text.toString());
            afterImport.run();
            return;
        }
        status.set(Messages.tr("import.refusedHeader", report.file()));
        boolean onlyUnknownSites = report.problems().stream().allMatch(p -> "site".equals(p.column()) && p.row() > 0
                && p.message().contains("is not a site"));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(Messages.tr("import.refusedHeader", report.file()));
        alert.setContentText(Messages.tr("import.refusedText", report.problems().size()));
        TextArea problems = new TextArea(report.problems().stream().map(p -> p.sentence())
                .collect(Collectors.joining("\n")));
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setId("import-problems");
        alert.getDialogPane().setExpandableContent(problems);
        alert.getDialogPane().setExpanded(true);
        ButtonType createSites = new ButtonType(Messages.tr("import.createSites"), ButtonBar.ButtonData.OTHER);
        if (onlyUnknownSites && !options.createSites()) {
            alert.getButtonTypes().add(createSites);
        }
        alert.showAndWait().filter(createSites::equals)
                .ifPresent(b -> importFile(file, new ImportOptions(options.waveLabel(), true)));
    }

    private static void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setHeaderText(header);
        alert.show();
    }

    private static void error(String text) {
        new Alert(Alert.AlertType.ERROR, text, ButtonType.OK).show();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
