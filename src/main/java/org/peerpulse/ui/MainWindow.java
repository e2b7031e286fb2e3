package org.peerpulse.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.InstrumentService;
import org.peerpulse.ui.entry.EntryWindow;
import org.peerpulse.ui.imports.ImportWizard;
import org.peerpulse.ui.program.ProgramWindow;
import org.peerpulse.ui.imports.ImportWizardModel;
import org.peerpulse.ui.dashboard.DashboardViewModel;

/**
 * The main window: menus, the demo and small-numbers banners, a navigation bar on the left, the
 * chosen view, and a status bar.
 */
public final class MainWindow {
    private final AppState state = new AppState();
    private final DashboardViewModel dashboard;
    private final AppContext context;
    private final TaskRunner runner;
    private final Navigation navigation;
    private final SaveDialog saveDialog;
    private org.peerpulse.ui.files.ProgramHost host = org.peerpulse.ui.files.ProgramHost.NONE;
    private org.peerpulse.ui.files.OpenDialog openDialog = org.peerpulse.ui.files.OpenDialog.system();

    public MainWindow(AppContext context, TaskRunner runner) {
        this(context, runner, SaveDialog.system());
    }

    /** @param saveDialog where exports ask for their file (a fixed path in tests) */
    public MainWindow(AppContext context, TaskRunner runner, SaveDialog saveDialog) {
        this.dashboard = new DashboardViewModel(context, runner, state);
        this.context = context;
        this.runner = runner;
        this.saveDialog = saveDialog;
        this.navigation = new Navigation(context, runner, state, dashboard,
                new Copying(context, runner, state, saveDialog), saveDialog);
        SmallNumbersLog.watch(context, runner, state);
    }

    public static String stylesheet() {
        return MainWindow.class.getResource("peerpulse.css").toExternalForm();
    }

    /** The app that can replace the program (File › New program…, Restore…, Change password…); call before build(). */
    public MainWindow hostedBy(org.peerpulse.ui.files.ProgramHost host, org.peerpulse.ui.files.OpenDialog openDialog) {
        this.host = host;
        this.openDialog = openDialog;
        return this;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), demoBanner(), smallNumbersBanner()));
        root.setLeft(navigation.bar());
        root.setCenter(navigation.content());
        root.setBottom(statusBar());
        return root;
    }

    /** Shows the program: puts in the demo program on first start. */
    public void start() {
        dashboard.start();
    }

    private MenuBar menuBar() {
        MenuItem importFile = new MenuItem(Messages.tr("menu.import"), AppIcon.IMPORT.graphic());
        importFile.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importFile.setOnAction(e -> openImportWizard(importFile.getParentPopup().getOwnerWindow()));
        Menu instrument = new Menu(Messages.tr("menu.instrument"), null,
                instrumentItem("menu.instrument.xlsform", InstrumentService.Format.XLSFORM, "psp1-xlsform.xlsx"),
                instrumentItem("menu.instrument.redcap", InstrumentService.Format.REDCAP, "psp1-redcap-dictionary.csv"),
                instrumentItem("menu.instrument.csv", InstrumentService.Format.CSV, "psp1-template.csv"));
        MenuItem export = new MenuItem(Messages.tr("menu.export"), AppIcon.EXPORT.graphic());
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        export.setOnAction(e -> new org.peerpulse.ui.exports.DataExport(context, runner, saveDialog)
                .start(export.getParentPopup().getOwnerWindow()));
        MenuItem sitesAndWaves = new MenuItem(Messages.tr("menu.sitesAndWaves"));
        sitesAndWaves.setOnAction(e -> ProgramWindow.open(context, runner, sitesAndWaves.getParentPopup().getOwnerWindow(),
                state::dataChanged));
        MenuItem enterPaper = new MenuItem(Messages.tr("menu.enterPaper"));
        enterPaper.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        enterPaper.setOnAction(e -> EntryWindow.open(context, runner, enterPaper.getParentPopup().getOwnerWindow(),
                state::dataChanged));
        MenuItem removeDemo = new MenuItem(Messages.tr("menu.removeDemo"), AppIcon.DELETE.graphic());
        removeDemo.disableProperty().bind(dashboard.hasDemoProperty().not());
        removeDemo.setOnAction(e -> confirmRemoveDemo());
        MenuItem quit = new MenuItem(Messages.tr("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> javafx.application.Platform.exit());
        Menu file = new Menu(Messages.tr("menu.file"), null, importFile, enterPaper, export, instrument, sitesAndWaves, removeDemo, new SeparatorMenuItem(), quit);
        file.getItems().add(file.getItems().size() - 2, new SeparatorMenuItem());
        file.getItems().addAll(file.getItems().size() - 2, new org.peerpulse.ui.files.FileMenu(context, runner,
                saveDialog, openDialog, host, org.peerpulse.service.ProgramFiles.system()).items());

        MenuItem refresh = new MenuItem(Messages.tr("menu.refresh"), AppIcon.REFRESH.graphic());
        refresh.setAccelerator(KeyCombination.keyCombination("F5"));
        refresh.setOnAction(e -> dashboard.reload());
        CheckMenuItem smallNumbers = new CheckMenuItem(Messages.tr("menu.showSmallNumbers"));
        smallNumbers.selectedProperty().bindBidirectional(dashboard.showSmallNumbersProperty());
        MenuItem settings = new MenuItem(Messages.tr("menu.settings"));
        settings.setOnAction(e -> editSettings(settings.getParentPopup().getOwnerWindow()));
        Menu view = new Menu(Messages.tr("menu.view"), null, refresh, smallNumbers, new SeparatorMenuItem(), settings);

        MenuItem about = new MenuItem(Messages.tr("menu.about"));
        about.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.tr("about.text"), ButtonType.OK);
            alert.setHeaderText(Messages.tr("about.header"));
            alert.showAndWait();
        });
        Menu help = new Menu(Messages.tr("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** File › Survey for your tool › …: writes the PSP-1 instrument where the user chooses, in the background. */
    private MenuItem instrumentItem(String key, InstrumentService.Format format, String fileName) {
        MenuItem item = new MenuItem(Messages.tr(key));
        item.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Messages.tr(key));
            chooser.setInitialFileName(fileName);
            java.io.File target = chooser.showSaveDialog(item.getParentPopup().getOwnerWindow());
            if (target != null) {
                runner.run("instrument", () -> {
                    context.instrument().write(format, target.toPath());
                    return target;
                }, written -> new Alert(Alert.AlertType.INFORMATION, Messages.tr("instrument.written", written),
                        ButtonType.OK).show(), failure -> new Alert(Alert.AlertType.ERROR, Failures.sentence(failure),
                        ButtonType.OK).show());
            }
        });
        return item;
    }

    /** View › Program settings: saved in the background; every view then recomputes. */
    private void editSettings(javafx.stage.Window owner) {
        runner.run("settings", () -> context.program().settings(), current ->
                SettingsDialog.edit(current, owner).filter(changed -> !changed.equals(current)).ifPresent(changed ->
                        runner.run("save settings", () -> {
                            context.program().saveSettings(changed);
                            return changed;
                        }, saved -> state.dataChanged(), failure -> new Alert(Alert.AlertType.ERROR,
                                failure.getMessage(), ButtonType.OK).show())), failure -> { });
    }

    /** File › Import: the wizard; when a file is stored, every view reloads. */
    public ImportWizard openImportWizard(javafx.stage.Window owner) {
        return ImportWizard.open(new ImportWizardModel(context, runner, state::dataChanged), owner);
    }

    private void confirmRemoveDemo() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr("demo.confirm"), ButtonType.CANCEL,
                ButtonType.OK);
        confirm.setHeaderText(Messages.tr("menu.removeDemo"));
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> dashboard.removeDemo());
    }

    private Region demoBanner() {
        Label text = bannerText(Messages.tr("demo.banner"), AppIcon.DEMO);
        Button remove = new Button(Messages.tr("menu.removeDemo"));
        remove.setId("remove-demo");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> confirmRemoveDemo());
        HBox banner = new HBox(12, text, remove);
        banner.setId("demo-banner");
        banner.getStyleClass().addAll("banner", "demo-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(dashboard.hasDemoProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Region smallNumbersBanner() {
        Label text = bannerText(Messages.tr("smallNumbers.banner"), AppIcon.SMALL_NUMBERS);
        Button hide = new Button(Messages.tr("smallNumbers.hide"));
        hide.setMinWidth(Region.USE_PREF_SIZE);
        hide.setOnAction(e -> dashboard.showSmallNumbersProperty().set(false));
        HBox banner = new HBox(12, text, hide);
        banner.setId("small-numbers-banner");
        banner.getStyleClass().addAll("banner", "warning-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(dashboard.showSmallNumbersProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static Label bannerText(String text, AppIcon icon) {
        Label label = new Label(text, icon.graphic());
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        return label;
    }

    private Region statusBar() {
        ProgressIndicator busy = BusyMark.spinner(dashboard.busyProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(dashboard.statusProperty());
        HBox bar = new HBox(8, busy, status);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
