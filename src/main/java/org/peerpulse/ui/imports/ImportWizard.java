package org.peerpulse.ui.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peerpulse.io.FilePreview;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.Progress;
import org.peerpulse.service.ImportReport;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.WholeOnHoverCell;
import org.peerpulse.ui.WrappingCell;

/**
 * File › Import: choose a file and how to read it, see its first rows and how its text was read,
 * map the columns of other tools' files, import with progress and Cancel, and read every problem
 * (and save them as CSV for whoever fixes the source).
 */
public final class ImportWizard {
    private final ImportWizardModel model;
    private final Stage stage = new Stage();
    private final Label fileLabel = new Label();
    private final Label readAs = new Label();
    private final TableView<List<String>> previewTable = new TableView<>();
    private final TableView<MappingRow> mappingTable = new TableView<>();
    private final VBox mappingBox = new VBox(8);
    private final Label outcome = new Label();
    private final TableView<ImportProblem> problems = new TableView<>();
    private final Button saveProblems = new Button(Messages.tr("wizard.saveProblems"));

    public ImportWizard(ImportWizardModel model) {
        this.model = model;
    }

    public static ImportWizard open(ImportWizardModel model, Window owner) {
        ImportWizard wizard = new ImportWizard(model);
        wizard.show(owner);
        return wizard;
    }

    public Stage stage() {
        return stage;
    }

    private void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.tr("wizard.title"));
        Scene scene = new Scene(build(), 1100, 820);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> { // closed while importing: the import stops (nothing stored), then the window
            if (model.runningProperty().get()) {
                e.consume();
                model.cancel();
                model.runningProperty().addListener((o, was, running) -> {
                    if (!running) {
                        stage.close();
                    }
                });
            }
        });
        model.loadSavedMappings();
        stage.show();
    }

    VBox build() {
        Button choose = new Button(Messages.tr("wizard.chooseFile"));
        choose.setId("wizard-choose");
        choose.setOnAction(e -> chooseFile());
        fileLabel.setId("wizard-file");
        fileLabel.textProperty().bind(model.fileProperty().asString().map(text -> text.equals("null")
                ? Messages.tr("wizard.noFile") : text));
        ComboBox<ImportFormat> format = new ComboBox<>(FXCollections.observableArrayList(ImportFormat.AUTO,
                ImportFormat.PEERPULSE, ImportFormat.KOBO, ImportFormat.REDCAP, ImportFormat.XLSX, ImportFormat.MAPPED));
        format.setId("wizard-format");
        format.setConverter(org.peerpulse.ui.Choices.converter(ImportWizard::formatName));
        format.valueProperty().bindBidirectional(model.formatProperty());
        TextField wave = new TextField();
        wave.setId("wizard-wave");
        wave.setPromptText(Messages.tr("wizard.wavePrompt"));
        wave.textProperty().bindBidirectional(model.waveProperty());
        CheckBox createSites = new CheckBox(Messages.tr("wizard.createSites"));
        createSites.selectedProperty().bindBidirectional(model.createSitesProperty());
        HBox fileRow = new HBox(10, choose, fileLabel);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(10, new Label(Messages.tr("wizard.format")), format, new Label(Messages.tr("wizard.wave")),
                wave, createSites);
        options.setAlignment(Pos.CENTER_LEFT);
        readAs.getStyleClass().add("chart-note");
        readAs.setId("wizard-read-as");
        readAs.setWrapText(true); // a file's problem is a sentence that can be longer than the window is wide
        previewTable.setId("wizard-preview");
        previewTable.setPrefHeight(190);
        previewTable.setPlaceholder(new Label(Messages.tr("wizard.noPreview")));
        buildMapping();
        buildProblems();
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(240);
        progress.visibleProperty().bind(model.runningProperty());
        Label step = new Label();
        step.textProperty().bind(Bindings.when(model.cancellingProperty()).then(Messages.tr("wizard.stoppingBackup"))
                .otherwise(Messages.tr("wizard.backingUp")));
        step.setId("wizard-step");
        step.setWrapText(true);
        step.setVisible(false);
        step.managedProperty().bind(step.visibleProperty());
        model.jobProperty().addListener((o, was, now) -> {
            if (now != null) {
                BooleanBinding backingUp = now.stepProperty().isEqualTo(Progress.Step.BACKING_UP);
                // the backup before the first row is stored: the figures stand still, the bar says it is busy
                progress.progressProperty().bind(Bindings.when(backingUp).then(ProgressBar.INDETERMINATE_PROGRESS)
                        .otherwise(now.progressProperty()));
                step.visibleProperty().bind(backingUp.and(model.runningProperty()));
            }
        });
        Button start = new Button(Messages.tr("wizard.import"));
        start.setId("wizard-import");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.fileProperty().isNull().or(model.runningProperty()));
        start.setOnAction(e -> model.start());
        Button cancel = new Button(Messages.tr("progress.cancel"));
        cancel.setId("wizard-cancel");
        cancel.disableProperty().bind(model.runningProperty().not().or(model.cancellingProperty()));
        cancel.setOnAction(e -> model.cancel());
        Button close = new Button(Messages.tr("wizard.close"));
        close.setId("wizard-close");
        close.setCancelButton(true);
        close.disableProperty().bind(model.runningProperty()); // Cancel first; the window's own close cancels too
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.layout.Region keepsItsSize : List.of(progress, start, cancel, close)) {
            keepsItsSize.setMinWidth(Region.USE_PREF_SIZE); // the step's sentence wraps instead
        }
        HBox.setHgrow(step, Priority.SOMETIMES);
        HBox buttons = new HBox(10, progress, step, spacer, start, cancel, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE); // else the VBox keeps it one line high and cuts it off
        outcome.setId("wizard-outcome");
        outcome.getStyleClass().add("tile-title");
        Region belowTheFile = new Region(); // the buttons stay at the bottom of the window, where a wizard has them
        VBox root = new VBox(10, title(), fileRow, options, readAs, previewTable, mappingBox, outcome, problems,
                saveProblems, belowTheFile, buttons);
        root.setPadding(new Insets(16));
        VBox.setVgrow(problems, Priority.ALWAYS); // the problems take the room when there are any
        VBox.setVgrow(belowTheFile, Priority.SOMETIMES);
        model.previewProperty().addListener((o, was, now) -> showPreview(now));
        model.reportProperty().addListener((o, was, now) -> showReport(now));
        model.failureProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                outcome.setText(now);
            }
        });
        return root;
    }

    private static Label title() {
        Label title = new Label(Messages.tr("wizard.title"));
        title.getStyleClass().add("panel-title");
        return title;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("wizard.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.tr("wizard.surveyFiles"), "*.csv", "*.CSV", "*.tsv", "*.txt",
                        "*.xlsx", "*.XLSX"),
                new FileChooser.ExtensionFilter(Messages.tr("wizard.allFiles"), "*.*"));
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.fileProperty().set(chosen.toPath());
        }
    }

    private void buildMapping() {
        ComboBox<String> saved = new ComboBox<>(model.savedMappings());
        saved.setPromptText(Messages.tr("wizard.savedMappings"));
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                model.useSavedMapping(saved.getValue());
            }
        });
        TextField name = new TextField();
        name.setPromptText(Messages.tr("wizard.mappingName"));
        name.textProperty().bindBidirectional(model.mappingNameProperty());
        Button save = new Button(Messages.tr("wizard.saveMapping"));
        save.disableProperty().bind(model.mappingNameProperty().isEmpty());
        save.setOnAction(e -> model.saveMapping());
        TableColumn<MappingRow, String> heading = new TableColumn<>(Messages.tr("wizard.column"));
        heading.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().heading()));
        heading.setPrefWidth(220);
        TableColumn<MappingRow, String> sample = new TableColumn<>(Messages.tr("wizard.sample"));
        sample.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().sample()));
        sample.setPrefWidth(150);
        TableColumn<MappingRow, String> target = new TableColumn<>(Messages.tr("wizard.mapsTo"));
        target.setCellValueFactory(row -> row.getValue().targetProperty());
        target.setCellFactory(ComboBoxTableCell.forTableColumn(new MappingTargetText(),
                FXCollections.observableArrayList(ImportWizardModel.targets())));
        target.setPrefWidth(300);
        mappingTable.getColumns().add(heading);
        mappingTable.getColumns().add(sample);
        mappingTable.getColumns().add(target);
        mappingTable.setEditable(true);
        mappingTable.setItems(model.mapping());
        mappingTable.setPrefHeight(220);
        mappingTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        mappingTable.setId("wizard-mapping");
        HBox bar = new HBox(10, new Label(Messages.tr("wizard.mapping")), saved, name, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        mappingTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.showLabels(now));
        TableView<LabelRow> labels = new TableView<>(model.labels());
        labels.setId("wizard-labels");
        labels.setEditable(true);
        labels.setPlaceholder(new Label(Messages.tr("wizard.labelsHint")));
        TableColumn<LabelRow, String> label = new TableColumn<>(Messages.tr("wizard.label"));
        label.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().label()));
        label.setPrefWidth(230);
        TableColumn<LabelRow, String> code = new TableColumn<>(Messages.tr("wizard.code"));
        code.setCellValueFactory(row -> row.getValue().codeProperty());
        code.setCellFactory(ComboBoxTableCell.forTableColumn(model.labelCodes()));
        code.setPrefWidth(120);
        labels.getColumns().add(label);
        labels.getColumns().add(code);
        labels.setPrefHeight(220);
        labels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        labels.setPrefWidth(380);
        HBox tables = new HBox(10, mappingTable, labels);
        HBox.setHgrow(mappingTable, Priority.ALWAYS);
        mappingBox.getChildren().setAll(bar, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        VBox.setVgrow(mappingBox, Priority.ALWAYS); // a long file's columns take the room below, not a blank
        mappingBox.visibleProperty().bind(model.formatProperty().isEqualTo(ImportFormat.MAPPED));
        mappingBox.managedProperty().bind(mappingBox.visibleProperty());
    }

    private void buildProblems() {
        problems.setId("wizard-problems");
        problems.setPlaceholder(new Label(""));
        problems.getColumns().add(problemColumn("wizard.row", 60, false, p -> p.row() == 0 ? "" : String.valueOf(p.row())));
        problems.getColumns().add(problemColumn("wizard.column", 200, false, p -> p.column() == null ? "" : p.column()));
        problems.getColumns().add(problemColumn("wizard.value", 140, false, p -> p.value() == null ? "" : p.value()));
        problems.getColumns().add(problemColumn("wizard.problem", 640, true, ImportProblem::message));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        saveProblems.setOnAction(e -> saveProblemsAsCsv());
        saveProblems.setVisible(false);
        problems.setVisible(false);
        problems.managedProperty().bind(problems.visibleProperty());
        saveProblems.managedProperty().bind(saveProblems.visibleProperty());
    }

    /** A column of the problems: a long heading or answer is whole on hover, a long sentence on as many lines as it needs. */
    private static TableColumn<ImportProblem, String> problemColumn(String key, double width, boolean wrapped,
                                                                    java.util.function.Function<ImportProblem, String> value) {
        TableColumn<ImportProblem, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setCellFactory(c -> wrapped ? new WrappingCell<>(column) : new WholeOnHoverCell<>(false));
        column.setCellValueFactory(row -> new SimpleStringProperty(value.apply(row.getValue())));
        return column;
    }

    private void showPreview(FilePreview preview) {
        previewTable.getColumns().clear();
        previewTable.getItems().clear();
        readAs.getStyleClass().remove("form-problem");
        if (preview == null) {
            readAs.setText("");
            return;
        }
        if (preview.problem() != null) { // with the table when the file reads, as a title above the headings
            readAs.setText(preview.problem());
            readAs.getStyleClass().add("form-problem");
        } else {
            readAs.setText(preview.encoding() == null ? Messages.tr("wizard.readAsWorkbook", preview.headers().size())
                    : Messages.tr("wizard.readAsText", preview.encoding(), preview.separator(), preview.headers().size()));
        }
        for (int i = 0; i < preview.headers().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> header = new TableColumn<>(preview.headers().get(i));
            header.setCellValueFactory(row -> new SimpleStringProperty(column < row.getValue().size()
                    ? oneLine(row.getValue().get(column)) : ""));
            header.setCellFactory(c -> new WholeOnHoverCell<>(false));
            header.setPrefWidth(120);
            previewTable.getColumns().add(header);
        }
        previewTable.getItems().setAll(preview.rows());
    }

    /** A comment written over several lines, on one line of the preview (every row as high as the others). */
    private static String oneLine(String value) {
        return value.replaceAll("\\s*\\R\\s*", " ");
    }

    private void showReport(ImportReport report) {
        outcome.getStyleClass().removeAll("rising", "falling");
        problems.setVisible(report != null && !report.problems().isEmpty());
        saveProblems.setVisible(problems.isVisible());
        if (report == null) {
            outcome.setText("");
            return;
        }
        if (report.cancelled()) {
            outcome.setText(Messages.tr("import.cancelled", report.file()));
        } else if (report.stored()) {
            StringBuilder text = new StringBuilder(Messages.tr("import.done", report.file(), report.added(),
                    report.duplicates()));
            if (report.unanswered() > 0) {
                text.append(' ').append(Messages.tr("import.unanswered", report.unanswered()));
            }
            if (report.sameAnswers() > 0) {
                text.append(' ').append(Messages.tr("import.sameAnswers", report.sameAnswers()));
            }
            if (!report.createdWaves().isEmpty()) {
                text.append(' ').append(Messages.tr("import.newWaves", String.join(", ", report.createdWaves())));
                report.undatedWaves().forEach(wave -> text.append(' ').append(Messages.tr("import.undatedWave", wave)));
            }
            if (!report.createdSites().isEmpty()) {
                text.append(' ').append(Messages.tr("import.newSites", String.join(", ", report.createdSites())));
            }
            report.skippedTogether().forEach(skipped -> text.append(' ').append(skipped(skipped)));
            outcome.setText(text.toString());
            outcome.getStyleClass().add("falling");
        } else {
            outcome.setText(Messages.tr("wizard.refused", report.file(), ImportProblem.total(report.problems())));
            outcome.getStyleClass().add("rising");
        }
        problems.getItems().setAll(report.problems());
    }

    /** Rows skipped for one reason, each said with it (a re-import: "All 693 rows skipped: …"). */
    private static String skipped(ImportReport.SkippedRows rows) {
        if (rows.wholeFile()) {
            return Messages.tr("import.skippedAll", rows.count(), rows.why());
        }
        if (rows.notListed() == 0) {
            return Messages.tr("import.skipped", rows.count(), rows.rowsText(), rows.why());
        }
        return Messages.tr("import.skippedSome", rows.count(), rows.why(), rows.rows().size(), rows.rowsText(),
                rows.notListed());
    }

    private void saveProblemsAsCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("wizard.saveProblems"));
        chooser.setInitialFileName("problems.csv");
        var target = chooser.showSaveDialog(stage);
        if (target != null) {
            writeProblems(target.toPath(), problems.getItems());
        }
    }

    /** Problems as CSV (UTF-8 with BOM, so that Excel opens it right): file, row, column, value, problem. */
    static void writeProblems(java.nio.file.Path target, List<ImportProblem> list) {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\ufeff');
            csv.printRecord("file", "row", "column", "value", "problem");
            for (ImportProblem p : list) {
                csv.printRecord(p.file(), p.row() == 0 ? "" : p.row(), p.column(), inert(p.value()), p.message());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A value a spreadsheet would run as a formula is written as text. */
    private static String inert(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String formatName(ImportFormat format) {
        return Messages.tr(switch (format) {
            case AUTO -> "wizard.format.auto";
            case PEERPULSE -> "wizard.format.peerpulse";
            case KOBO -> "wizard.format.kobo";
            case REDCAP -> "wizard.format.redcap";
            case XLSX -> "wizard.format.xlsx";
            case MAPPED -> "wizard.format.mapped";
        });
    }

}
