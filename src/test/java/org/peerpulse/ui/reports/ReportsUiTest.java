package org.peerpulse.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.SaveDialog;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Reports › Make PDF report as a user does it, the file chosen by a stand-in save dialog. */
class ReportsUiTest extends FxRobot {
    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemUTC());
    private final FxTaskRunner runner = new FxTaskRunner();
    private final AtomicReference<String> suggested = new AtomicReference<>();
    private Path target;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        target = folder.resolve("chosen.pdf");
        FxToolkit.registerPrimaryStage();
        SaveDialog dialog = (owner, title, fileName, description) -> {
            suggested.set(fileName);
            return Optional.of(target);
        };
        stage = org.peerpulse.ui.ShownWindow.show(context, runner, dialog).stage();
        clickOn("#nav-reports");
        waitUntil(() -> !combo("#report-from").getItems().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }

    private String message() {
        return lookup("#report-message").queryAs(Label.class).getText();
    }

    @Test
    void aSiteReportOverChosenWavesIsWrittenInTheBackgroundWhereTheUserChose() throws IOException {
        interact(() -> {
            ComboBox<Site> site = combo("#report-site");
            site.getSelectionModel().select(site.getItems().stream()
                    .filter(s -> s != null && s.name().equals("Victoria Outreach")).findFirst().orElseThrow());
            ComboBox<Wave> from = combo("#report-from");
            from.getSelectionModel().select(2);
        });
        clickOn("#report-make");
        waitUntil(() -> message().startsWith("Wrote the report"));
        assertThat(suggested.get()).isEqualTo("peerpulse-report-vic.pdf");
        assertThat(target).exists();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("PeerPulse site report: Victoria Outreach", "2020-09 to 2023-03 (6 waves",
                    "Page 1 of " + pdf.getNumberOfPages());
            assertThat(message()).contains("(" + pdf.getNumberOfPages() + " pages)", target.toString());
        }
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(target); // no temporary file left
        }
        Snapshots.write(this, stage.getScene(), "reports-view");
    }

    @Test
    void wavesOutOfOrderCannotBeMadeAndSaySo() {
        interact(() -> {
            combo("#report-from").getSelectionModel().selectLast();
            combo("#report-to").getSelectionModel().selectFirst();
        });
        assertThat(lookup("#report-make").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(message()).isEqualTo("The first wave must not come after the last one.");
        interact(() -> combo("#report-to").getSelectionModel().selectLast());
        assertThat(lookup("#report-make").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(message()).isEmpty();
        assertThat(target).doesNotExist();
    }

}
