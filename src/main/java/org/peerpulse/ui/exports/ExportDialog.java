package org.peerpulse.ui.exports;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportFormat;
import org.peerpulse.ui.Choices;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.Messages;

/** The form of File › Export…: what, which site, (trends) domain and measure, (responses) identifying columns, file type. */
final class ExportDialog {
    /** A file type as offered: CSV with one of three separators, or XLSX. */
    private record FileType(ExportFormat format, CsvSeparator separator, String key) {
    }

    private static final List<FileType> TYPES = List.of(
            new FileType(ExportFormat.CSV, CsvSeparator.COMMA, "export.csv.comma"),
            new FileType(ExportFormat.CSV, CsvSeparator.SEMICOLON, "export.csv.semicolon"),
            new FileType(ExportFormat.CSV, CsvSeparator.TAB, "export.csv.tab"),
            new FileType(ExportFormat.XLSX, CsvSeparator.COMMA, "export.xlsx"));

    /** The notes' widest line: about as wide as the list of sites beside them. */
    private static final double NOTE_WIDTH = 560;

    private ExportDialog() {
    }

    static Optional<ExportRequest> ask(List<Site> sites, Window owner) {
        ToggleGroup what = new ToggleGroup();
        RadioButton responses = new RadioButton(Messages.tr("export.responses"));
        responses.setId("export-responses");
        responses.setToggleGroup(what);
        RadioButton trends = new RadioButton(Messages.tr("export.trends"));
        trends.setId("export-trends");
        trends.setToggleGroup(what);
        trends.setSelected(true);
        ComboBox<Site> site = Choices.searchable("export-site",
                FXCollections.observableArrayList(DataExport.sorted(sites)),
                Site::name, Messages.tr("filter.allSites"));
        site.setValue(null);
        ComboBox<StressDomain> domain = Choices.optional("export-domain",
                FXCollections.observableArrayList(StressDomain.values()), DomainStyle::label, Messages.tr("export.allDomains"));
        domain.setValue(null);
        ComboBox<Measure> measure = Choices.of("export-measure", FXCollections.observableArrayList(Measure.values()),
                m -> Messages.tr("measure." + m.code()));
        measure.setValue(Measure.HIGH);
        CheckBox codes = new CheckBox(Messages.tr("export.includeCodes"));
        codes.setId("export-codes");
        CheckBox text = new CheckBox(Messages.tr("export.includeText"));
        text.setId("export-text");
        CheckBox times = new CheckBox(Messages.tr("export.includeTimes"));
        times.setId("export-times");
        for (CheckBox box : List.of(codes, text, times)) {
            box.disableProperty().bind(trends.selectedProperty());
        }
        domain.disableProperty().bind(responses.selectedProperty());
        measure.disableProperty().bind(responses.selectedProperty());
        ComboBox<FileType> type = Choices.of("export-type", FXCollections.observableArrayList(TYPES),
                t -> Messages.tr(t.key()).replace("\u2026", ""));
        type.setValue(TYPES.get(0));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        Label rowsCount = note("export-responses-note", "export.responsesNote");
        rowsCount.visibleProperty().bind(responses.selectedProperty());
        rowsCount.managedProperty().bind(rowsCount.visibleProperty());
        grid.addRow(0, new Label(Messages.tr("export.what")), new VBox(6, trends, responses, rowsCount));
        grid.addRow(1, labelFor("filter.sites", site), site);
        grid.addRow(2, labelFor("trends.domain", domain), domain);
        grid.addRow(3, labelFor("filter.measure", measure), measure);
        Label identifying = note("export-identifying-note", "export.identifying");
        grid.addRow(4, new Label(Messages.tr("export.add")), new VBox(6, codes, text, times, identifying));
        grid.addRow(5, labelFor("export.type", type), type);
        Dialog<ExportRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.tr("menu.export"));
        dialog.setHeaderText(Messages.tr("export.header"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane().getStylesheets().add(MainWindow.stylesheet());
        dialog.getDialogPane().setId("export-dialog");
        // the window grows with the note on responses (a dialog keeps the size it opened with)
        rowsCount.visibleProperty().addListener((o, was, now) -> dialog.getDialogPane().getScene().getWindow()
                .sizeToScene());
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new ExportRequest(trends.isSelected(),
                site.getValue(), domain.getValue(), measure.getValue(), type.getValue().format(),
                type.getValue().separator(), codes.isSelected() && responses.isSelected(),
                text.isSelected() && responses.isSelected(), times.isSelected() && responses.isSelected()));
        return dialog.showAndWait();
    }

    /** A warning under the choices it is about: on as many lines as it needs, never cut to "…". */
    private static Label note(String id, String key) {
        Label note = new Label(Messages.tr(key));
        note.setId(id);
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        note.setMaxWidth(NOTE_WIDTH);
        note.setMinHeight(Region.USE_PREF_SIZE); // else the grid keeps it one line high and cuts it off
        return note;
    }

    private static Label labelFor(String key, javafx.scene.Node target) {
        Label label = new Label(Messages.tr(key));
        label.setLabelFor(target);
        return label;
    }
}
