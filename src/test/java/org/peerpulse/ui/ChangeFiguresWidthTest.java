package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Setting;
import org.peerpulse.io.Progress;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ChangeTable;
import org.peerpulse.service.ImportOptions;
import org.peerpulse.storage.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The change view on a program of thousands of workers a wave: its before and after figures
 * ("48% (1,152 of 2,400)", bold on the program's rows) are wider than the demo's, and are shown
 * whole, and so is the site's long name, which takes the width the other columns leave (on two lines
 * in a window of 1,280 pixels). The
 * domains nobody was asked about say there are no answers, not that there are too few.
 */
class ChangeFiguresWidthTest extends FxRobot {
    private static final int WORKERS = 2_400;
    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());
    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeEach
    void twoWavesOfThousandsThenOpen() throws Exception {
        context.program().addSite("Fraser Health Overdose Prevention Sites", "FHA", null, Setting.OTHER);
        StringBuilder csv = new StringBuilder("site,wave,respondent,fin_overall\n");
        for (String wave : new String[] {"2024-03", "2024-09"}) {
            for (int worker = 1; worker <= WORKERS; worker++) {
                csv.append("FHA,").append(wave).append(",R").append(wave).append('-').append(worker).append(',')
                        .append(1 + worker % 5).append('\n');
            }
        }
        Path file = folder.resolve("answers.csv");
        Files.writeString(file, csv);
        assertThat(context.imports().importFile(file, ImportOptions.DEFAULT, Progress.NONE).added()).isEqualTo(2 * WORKERS);
        FxToolkit.registerPrimaryStage();
        ShownWindow.show(context, runner, (owner, title, name, description) -> Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    @Test
    void figuresInTheThousandsAreShownWhole() {
        clickOn("#nav-change");
        waitUntil(() -> lookup("#change-table").tryQuery().isPresent()
                && !lookup("#change-table").queryAs(TableView.class).getItems().isEmpty());
        interact(() -> { }); // laid out with its figures
        @SuppressWarnings("unchecked")
        ChangeTable.Row program = ((TableView<ChangeTable.Row>) lookup("#change-table").queryAs(TableView.class))
                .getItems().get(0);
        assertThat(program.change().to().n()).as("thousands: a figure wider than the demo's").isEqualTo(WORKERS);
        Snapshots.write(this, lookup("#change-table").query().getScene(), "change-thousands");
        // at 1280 pixels the figures, tests and verdicts leave too little for the name on one line: on two
        CutShort.nothingIn(lookup("#change-table").query());
        @SuppressWarnings("unchecked")
        TableView<ChangeTable.Row> table = lookup("#change-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5 * 2);
        for (int row = 2; row < table.getItems().size(); row++) { // only the financial item was asked
            assertThat(table.getColumns().get(5).getCellData(row)).as("row %d", row).isEqualTo("No answers in either wave");
        }
        javafx.scene.control.TableRow<?> siteRow = lookup("#change-table .table-row-cell").queryAllAs(
                javafx.scene.control.TableRow.class).stream().filter(row -> row.getItem() == table.getItems().get(1))
                .findFirst().orElseThrow();
        assertThat(siteRow.getTooltip().getText()).isEqualTo("Fraser Health Overdose Prevention Sites, Financial: "
                + "stayed at 40% (n = 2,400 then 2,400). No clear change: it could be chance (chi-square p = 1.00).");

        javafx.stage.Window window = table.getScene().getWindow();
        interact(() -> window.setWidth(1440)); // the width a wider window adds goes to the site's name
        interact(() -> { });
        Snapshots.write(this, table.getScene(), "change-thousands-wide");
        CutShort.nothingIn(table);
    }
}
