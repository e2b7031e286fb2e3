package org.peerpulse.ui.files;

import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.peerpulse.service.AutomaticBackup;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;

/** A damaged program: its sentence, and the offer to restore the latest backup, choose another, or quit. */
final class DamagedDialog {
    enum Answer { RESTORE_LATEST, CHOOSE, QUIT }

    static final ButtonType RESTORE_LATEST = new ButtonType(Messages.tr("damaged.restoreLatest"),
            ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CHOOSE = new ButtonType(Messages.tr("damaged.choose"), ButtonBar.ButtonData.OTHER);
    static final ButtonType QUIT = new ButtonType(Messages.tr("app.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private DamagedDialog() {
    }

    /** @param latest the newest automatic backup, if there is one */
    static Answer ask(Window owner, String sentence, Optional<AutomaticBackup> latest) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.tr("damaged.title"));
        alert.setHeaderText(sentence);
        alert.getDialogPane().setId("damaged-dialog");
        alert.setContentText(latest.map(backup -> Messages.tr("damaged.latest",
                Formats.dateTime(backup.taken().atZone(ZoneId.systemDefault())), backup.file().getFileName()))
                .orElse(Messages.tr("damaged.noBackup")));
        alert.getButtonTypes().setAll(latest.isPresent() ? java.util.List.of(RESTORE_LATEST, CHOOSE, QUIT)
                : java.util.List.of(CHOOSE, QUIT));
        ButtonType answer = alert.showAndWait().orElse(QUIT);
        return answer == RESTORE_LATEST ? Answer.RESTORE_LATEST : answer == CHOOSE ? Answer.CHOOSE : Answer.QUIT;
    }
}
