package org.peerpulse.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.dialog;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.domain.Setting;
import org.peerpulse.io.Progress;
import org.peerpulse.io.SampleFiles;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.AutomaticBackup;
import org.peerpulse.service.ImportOptions;
import org.peerpulse.service.ProgramFiles;
import org.peerpulse.ui.AppUnderTest;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 7 in the app: the password prompt of an encrypted program, changing it, and a damaged program's offer to restore. */
class ProgramFilesUiTest extends FxRobot {
    private static final String PASSWORD = "harbour lights 7";
    private static final String SITE = "Harbourview Outreach";

    @TempDir
    Path folder;
    private javafx.application.Application app;
    private final ProgramFiles files = ProgramFiles.system();

    @AfterEach
    void stopTheApp() throws Exception {
        AppUnderTest.stop(app);
    }

    private void startTheApp(Path database) throws Exception {
        app = AppUnderTest.start(database);
    }

    @Test
    void anEncryptedProgramAsksItsPasswordSaysWhenItIsWrongAndTheNewOneWorksAfterAChange() throws Exception {
        Path database = folder.resolve("secret");
        try (AppContext context = files.open(database, PASSWORD)) {
            context.program().addSite(SITE, "HVO", "Coast", Setting.OUTREACH);
        }
        startTheApp(database);

        DialogPane prompt = dialog(pane -> "password-dialog".equals(pane.getId()));
        enter(prompt, "#password-field", "a wrong guess");
        Snapshots.write(this, prompt.getScene(), "password-prompt");
        press(prompt, ButtonType.OK);
        DialogPane again = dialog(pane -> "password-dialog".equals(pane.getId()) && pane.lookup("#password-problem") != null);
        assertThat(((Label) again.lookup("#password-problem")).getText())
                .isEqualTo("The password does not open secret.mv.db; try again.");
        Snapshots.write(this, again.getScene(), "password-wrong");
        enter(again, "#password-field", PASSWORD);
        press(again, ButtonType.OK);

        waitUntil(this::showsTheEmptyProgram);
        assertThat(lookup("#demo-banner").query().isVisible()).as("no demo in an encrypted program").isFalse();

        MenuItem change = menuItem("menu-change-password");
        assertThat(change.isDisable()).isFalse();
        Platform.runLater(change::fire);
        DialogPane form = dialog(pane -> "change-password-dialog".equals(pane.getId()));
        enter(form, "#current-password", PASSWORD);
        enter(form, "#new-password", "new harbour");
        enter(form, "#repeat-password", "new harbou");
        assertThat(form.lookupButton(ButtonType.OK).isDisabled()).as("the two differ").isTrue();
        enter(form, "#repeat-password", "new harbour");
        Snapshots.write(this, form.getScene(), "change-password");
        press(form, ButtonType.OK);
        dialog(pane -> "password-changed".equals(pane.getId()));
        waitUntil(this::showsTheEmptyProgram);
        FxToolkit.cleanupApplication(app);
        app = null;

        try (AppContext context = files.open(database, "new harbour")) {
            assertThat(context.program().sites()).extracting(s -> s.name()).containsExactly(SITE);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.open(database, PASSWORD))
                .isInstanceOfSatisfying(ProgramFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(ProgramFileException.Problem.WRONG_PASSWORD));
    }

    @Test
    void aDamagedProgramSaysSoAndOffersToRestoreItsLatestBackup() throws Exception {
        Path database = folder.resolve("program");
        try (AppContext context = files.open(database, null)) {
            importRows(context, "first.csv", 120, 1);
            importRows(context, "second.csv", 240, 2); // the backup before it holds the first file
        }
        damage(files.fileOf(database));
        startTheApp(database);

        DialogPane offer = dialog(pane -> "damaged-dialog".equals(pane.getId()));
        assertThat(offer.getHeaderText()).isEqualTo("The program file program.mv.db is damaged and cannot be read.");
        AutomaticBackup latest = files.latestBackup(database).orElseThrow();
        assertThat(offer.getContentText()).isEqualTo("PeerPulse can put its latest backup in its place: the one taken on "
                + Formats.dateTime(latest.taken().atZone(java.time.ZoneId.systemDefault())) + ", before an import ("
                + latest.file().getFileName() + "). The damaged file is kept next to it.");
        Snapshots.write(this, offer.getScene(), "damaged-offer");
        Button restore = (Button) offer.getButtonTypes().stream().filter(b -> b.getText().equals("Restore latest backup\u2026"))
                .findFirst().map(offer::lookupButton).orElseThrow(() -> new AssertionError("no restore button"));
        Platform.runLater(restore::fire);

        waitUntil(() -> lookup("#sites-table").tryQuery().isPresent()
                && !lookup("#sites-table").queryAs(TableView.class).getItems().isEmpty());
        FxToolkit.cleanupApplication(app);
        app = null;
        try (AppContext context = files.open(database, null)) {
            assertThat(context.program().sitesWithCounts().stream().mapToLong(e -> e.responses()).sum()).isEqualTo(120);
        }
        try (var kept = Files.list(folder)) {
            assertThat(kept.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("program-replaced-"));
        }
    }

    private void importRows(AppContext context, String name, int rows, long seed) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, SampleFiles.canonicalCsv(SampleFiles.responses(new SplittableRandom(seed), rows, "none")),
                StandardCharsets.UTF_8);
        assertThat(context.imports().importFile(file, new ImportOptions(org.peerpulse.io.ImportFormat.AUTO, null, true,
                null), Progress.NONE).stored()).isTrue();
    }

    static void damage(Path store) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            byte[] junk = new byte[(int) (file.length() / 2)];
            Arrays.fill(junk, (byte) 0x5A);
            file.seek(file.length() / 4);
            file.write(junk);
        }
    }

    /** The main window on the program with one site and no responses yet. */
    private boolean showsTheEmptyProgram() {
        return lookup("#status").tryQuery().map(n -> ((Label) n).getText())
                .filter(text -> text.startsWith("No responses yet")).isPresent();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void enter(DialogPane pane, String field, String text) {
        interact(() -> ((PasswordField) pane.lookup(field)).setText(text));
    }

    private void press(DialogPane pane, ButtonType button) {
        Platform.runLater(((Button) pane.lookupButton(button))::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
