package org.peerpulse.ui.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.Copying;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.SaveDialog;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Export from the views as a user does it: the context menu of a table or chart, the file chosen by a stand-in dialog. */
class ExportUiTest extends FxRobot {
    private static final String PG = "Prince George Drop-in";

    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemUTC());
    private final FxTaskRunner runner = new FxTaskRunner();
    private final AtomicReference<Path> target = new AtomicReference<>();
    private MainWindow window;

    @BeforeEach
    void open() throws Exception {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        FxToolkit.registerPrimaryStage();
        SaveDialog dialog = (owner, title, fileName, description) -> Optional.of(target.get());
        window = org.peerpulse.ui.ShownWindow.show(context, runner, dialog).window();
        clickOn("#nav-trends");
        interact(() -> lookup("#trends-domain").queryComboBox().getSelectionModel().select(StressDomain.TRAUMA));
        clickOn("#trends-sites");
        clickOn(PG);
        type(javafx.scene.input.KeyCode.ESCAPE);
        clickOn("#trends-as-table");
        waitUntil(() -> table().getItems().size() == 16);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return lookup("#trends-table").queryAs(TableView.class);
    }

    @Test
    void aViewsTableExportsToCsvAsItShowsIt() throws IOException {
        Path file = folder.resolve("trends.csv");
        target.set(file);
        ContextMenu menu = openMenuOf(table());
        interact(() -> ((Menu) menu.getItems().get(1)).show()); // a popup shown off the FX thread races its pulse
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.write(this, menu.getScene(), "table-menu");
        interact(menu::hide);
        fire(table().getContextMenu(), "CSV, semicolon-separated (Excel in many European languages)\u2026");
        waitUntil(() -> Files.exists(file));
        List<CSVRecord> records = read(file, ';');
        List<TableColumn<Object, ?>> columns = table().getVisibleLeafColumns();
        assertThat(records.get(0).toList()).isEqualTo(columns.stream().map(TableColumn::getText).toList());
        assertThat(records).hasSize(17);
        for (int row = 0; row < 16; row++) {
            for (int column = 0; column < columns.size(); column++) {
                Object shown = columns.get(column).getCellData(row);
                assertThat(records.get(row + 1).get(column)).as("row %d column %d", row, column)
                        .isEqualTo(shown == null ? "" : shown.toString());
            }
        }
        assertThat(pgRow(records, "2022-03").get(3)).isEqualTo("<5");
    }

    @Test
    void aTopThreeShareWhoseCountAloneIsHiddenShowsItsNOnTheTableAsInTheExport() {
        interact(() -> {
            lookup("#trends-domain").queryComboBox().getSelectionModel().select(StressDomain.WORK);
            lookup("#trends-measure").queryComboBox().getSelectionModel().select(org.peerpulse.domain.Measure.TOP3);
        });
        // Prince George's 2023-03: 19 answered, how many chose work hidden; its 2022-03 (4 responses) hidden whole
        waitUntil(() -> "19".equals(cell(PG, "2023-03", 5)));
        assertThat(cell(PG, "2023-03", 3)).isEqualTo("<5");
        assertThat(cell(PG, "2022-03", 5)).isEqualTo("Not shown: fewer than 5 responses, or hidden to protect a small group");
    }

    private String cell(String series, String wave, int column) {
        List<TableColumn<Object, ?>> columns = table().getVisibleLeafColumns();
        for (int i = 0; i < table().getItems().size(); i++) {
            if (series.equals(columns.get(0).getCellData(i)) && wave.equals(columns.get(2).getCellData(i))) {
                Object value = columns.get(column).getCellData(i);
                return value == null ? null : value.toString();
            }
        }
        return null;
    }

    @Test
    void withSmallNumbersShownTheExportIsStillSuppressed() throws IOException {
        interact(() -> window.dashboard().showSmallNumbersProperty().set(true));
        waitUntil(() -> table().getItems().stream().map(Object::toString).noneMatch(p -> p.contains("suppressed=true")));
        Path file = folder.resolve("trends.xlsx.csv");
        target.set(file);
        fire(table().getContextMenu(), "CSV, tab-separated\u2026");
        waitUntil(() -> Files.exists(file));
        List<CSVRecord> records = read(file, '\t');
        CSVRecord hidden = pgRow(records, "2022-03");
        assertThat(hidden.get(3)).isEqualTo("<5");
        assertThat(hidden.get(4)).isEmpty();
        assertThat(hidden.get(5)).isEqualTo("Not shown: fewer than 5 responses, or hidden to protect a small group");
        // while on screen the same row shows its figures
        int onScreen = -1;
        for (int i = 0; i < table().getItems().size(); i++) {
            if (PG.equals(table().getVisibleLeafColumns().get(0).getCellData(i))
                    && "2022-03".equals(table().getVisibleLeafColumns().get(2).getCellData(i))) {
                onScreen = i;
            }
        }
        assertThat(table().getVisibleLeafColumns().get(5).getCellData(onScreen)).isEqualTo("4");
    }

    @Test
    void aChartSavesAsAPngAtTwiceItsSizeAndIsRefusedWhileSmallNumbersAreShown() throws IOException {
        clickOn("#trends-as-table");
        Node chart = lookup("#trends-chart").query();
        waitUntil(() -> chart.isVisible() && chart.getLayoutBounds().getWidth() > 100);
        Path file = folder.resolve("chart.png");
        target.set(file);
        ContextMenu menu = openMenuOf(chart);
        fire(menu, "Save chart as PNG\u2026");
        waitUntil(() -> Files.exists(file));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(chart.getLayoutBounds().getWidth() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(chart.getLayoutBounds().getHeight() * 2));
        Files.copy(file, Path.of("target", "trends-chart-2x.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        interact(menu::hide);

        interact(() -> window.dashboard().showSmallNumbersProperty().set(true));
        ContextMenu refused = openMenuOf(chart);
        assertThat(refused.getItems()).filteredOn(MenuItem::isVisible).extracting(MenuItem::getText)
                .contains("Turn off \u201cShow small numbers\u201d to copy or save this chart");
        assertThat(refused.getItems()).filteredOn(item -> !item.isDisable()).isEmpty();
        Snapshots.write(this, chart.getScene(), "chart-export-refused");
        Snapshots.write(this, refused.getScene(), "chart-menu-refused");
    }

    @Test
    void snapshotIsTwiceTheNodeSize() {
        Node chart = lookup("#trends-table").query();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        interact(() -> image[0] = Copying.snapshot(chart));
        assertThat(image[0].getWidth()).isEqualTo(Math.ceil(chart.getLayoutBounds().getWidth() * 2));
        assertThat(image[0].getHeight()).isEqualTo(Math.ceil(chart.getLayoutBounds().getHeight() * 2));
    }

    @Test
    void fileExportAddsRespondentCodesOnlyAfterTheUserConfirms() throws IOException {
        Path file = folder.resolve("responses.csv");
        target.set(file);
        exportResponsesWithCodes();
        javafx.scene.control.DialogPane warning = dialogWithHeader("This file can identify peer workers");
        assertThat(((javafx.scene.control.Button) warning.lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .isDefaultButton()).isTrue();
        Snapshots.write(this, warning.getScene(), "export-identifying-warning");
        javafx.application.Platform.runLater(((javafx.scene.control.Button) warning.lookupButton(
                javafx.scene.control.ButtonType.CANCEL))::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).doesNotExist();

        exportResponsesWithCodes();
        warning = dialogWithHeader("This file can identify peer workers");
        javafx.application.Platform.runLater(((javafx.scene.control.Button) warning.lookupButton(
                javafx.scene.control.ButtonType.OK))::fire);
        waitUntil(() -> Files.exists(file));
        List<CSVRecord> records = read(file, ',');
        assertThat(records.get(0).toList()).startsWith("site", "wave", "respondent").doesNotContain("submitted", "comment");
        java.util.Set<String> given = records.stream().skip(1).map(r -> r.get(0) + "|" + r.get(1))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(given).doesNotContain("Prince George Drop-in|2022-03", "Vancouver Supportive Housing|2022-03");
        long leftOut = 0;
        int groupsLeftOut = 0;
        for (var site : context.program().sites()) {
            for (var wave : context.program().waves()) {
                int n = context.entry().list(site.id(), wave.id()).size();
                if (n > 0 && !given.contains(site.name() + "|" + wave.label())) {
                    leftOut += n;
                    groupsLeftOut++;
                }
            }
        }
        assertThat(groupsLeftOut).as("Prince George's 4 in 2022-03, Vancouver hidden beside them, and the two in one"
                + " more wave (each site's total is known)").isEqualTo(4);
        assertThat(records).as("every other response").hasSize(1 + (int) (context.program().sitesWithCounts().stream()
                .mapToLong(org.peerpulse.service.ProgramService.SiteEntry::responses).sum() - leftOut));
    }

    /** File › Export…, responses with respondent codes, OK. */
    private void exportResponsesWithCodes() {
        MenuItem export = lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getItems()
                .stream().filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(export::fire);
        javafx.scene.control.DialogPane form = dialogWithId("export-dialog");
        interact(() -> {
            ((javafx.scene.control.RadioButton) form.lookup("#export-responses")).setSelected(true);
            ((javafx.scene.control.CheckBox) form.lookup("#export-codes")).setSelected(true);
        });
        assertThat(form.lookupAll(".label")).as("what rows give away, said before they go")
                .anySatisfy(l -> assertThat(((javafx.scene.control.Label) l).getText()).startsWith("Anyone with these rows can count")
                        .satisfies(text -> assertThat(l.isVisible()).isTrue()));
        Snapshots.write(this, form.getScene(), "export-dialog");
        org.peerpulse.ui.CutShort.whole((javafx.scene.control.Label) form.lookup("#export-responses-note"),
                (javafx.scene.control.Label) form.lookup("#export-identifying-note"));
        javafx.scene.Node ok = form.lookupButton(javafx.scene.control.ButtonType.OK);
        assertThat(ok.localToScene(ok.getLayoutBounds()).getMaxY()).as("the buttons under the notes, in the window")
                .isLessThanOrEqualTo(form.getScene().getHeight());
        javafx.application.Platform.runLater(((javafx.scene.control.Button) form.lookupButton(
                javafx.scene.control.ButtonType.OK))::fire);
    }

    private javafx.scene.control.DialogPane dialogWithId(String id) {
        return dialog(pane -> id.equals(pane.getId()));
    }

    private javafx.scene.control.DialogPane dialogWithHeader(String header) {
        return dialog(pane -> header.equals(pane.getHeaderText()));
    }

    private javafx.scene.control.DialogPane dialog(java.util.function.Predicate<javafx.scene.control.DialogPane> which) {
        AtomicReference<javafx.scene.control.DialogPane> found = new AtomicReference<>();
        waitUntil(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane && which.test(pane)) {
                    found.set(pane);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    private ContextMenu openMenuOf(Node node) {
        interact(() -> {
            var bounds = node.localToScreen(node.getLayoutBounds());
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    bounds.getMinX() + 10, bounds.getMinY() + 10, true, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow();
    }

    /** Fires a menu item by its text, looking into submenus (popup items can't be clicked under Monocle). */
    private void fire(ContextMenu menu, String text) {
        MenuItem item = find(menu.getItems(), text).orElseThrow(() -> new AssertionError("no menu item " + text));
        interact(item::fire);
    }

    private static Optional<MenuItem> find(List<MenuItem> items, String text) {
        for (MenuItem item : items) {
            if (text.equals(item.getText())) {
                return Optional.of(item);
            }
            if (item instanceof Menu menu) {
                Optional<MenuItem> inner = find(menu.getItems(), text);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static List<CSVRecord> read(Path file, char separator) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return CSVFormat.RFC4180.builder().setDelimiter(separator).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
    }

    private static CSVRecord pgRow(List<CSVRecord> records, String wave) {
        return records.stream().filter(r -> r.get(0).equals(PG) && r.get(2).equals(wave)).findFirst().orElseThrow();
    }

}
