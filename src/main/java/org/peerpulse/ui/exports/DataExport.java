package org.peerpulse.ui.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ExportService;
import org.peerpulse.service.ResponseExport;
import org.peerpulse.service.TrendQuery;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.SaveDialog;
import org.peerpulse.ui.TaskRunner;
import org.peerpulse.ui.WorkingWindow;

/**
 * File › Export…: the responses (de-identified unless the user adds identifying columns and
 * confirms) or the trends table (always with suppression), to CSV or XLSX.
 */
public final class DataExport {
    private final AppContext context;
    private final TaskRunner runner;
    private final SaveDialog saveDialog;

    public DataExport(AppContext context, TaskRunner runner, SaveDialog saveDialog) {
        this.context = context;
        this.runner = runner;
        this.saveDialog = saveDialog;
    }

    /** Asks what to export, confirms identifying columns, asks where, and writes in the background. */
    public void start(Window owner) {
        runner.run("sites", () -> context.program().sites(), sites -> ExportDialog.ask(sites, owner)
                .filter(request -> !request.identifying() || confirmed(request, owner))
                .ifPresent(request -> saveDialog.ask(owner, Messages.tr("menu.export"), request.fileName(),
                                org.peerpulse.ui.Copying.filesDescription(request.format()))
                        .ifPresent(file -> write(request, file, owner))), this::failed);
    }

    /**
     * Builds the table and writes the file, in the background, saying so over {@code owner}
     * meanwhile; Cancel there stops reading the responses, and no file is written.
     */
    public void write(ExportRequest request, Path file, Window owner) {
        WorkingWindow working = WorkingWindow.during(owner, Messages.tr("export.working", file.getFileName()));
        TaskRunner.Job job = runner.track("export", progress -> {
            ExportService.Target target = new ExportService.Target(file, request.format(), request.separator());
            List<org.peerpulse.domain.SiteId> sites = request.site() == null ? List.of() : List.of(request.site().id());
            if (request.trends()) {
                context.exports().save(context.exports().trends(new TrendQuery(sites, request.domain() == null
                        ? List.of() : List.of(request.domain()), request.measure(), false)), target);
                return Messages.tr("export.written", file);
            }
            ExportService.SavedResponses saved = context.exports().saveResponses(new ResponseExport(sites,
                    request.includeCodes(), request.includeText(), request.includeTimes()), target, progress);
            return saved.leftOut() == 0 ? Messages.tr("export.written", file) : Messages.tr("export.written", file)
                    + " " + Messages.tr("export.leftOut", saved.leftOut(), saved.groupsLeftOut(), saved.k());
        }, said -> {
            working.close();
            Alert done = new Alert(Alert.AlertType.INFORMATION, said, ButtonType.OK);
            done.getDialogPane().setId("export-done");
            done.show();
        }, failure -> {
            working.close();
            if (!(failure instanceof CancellationException)) {
                failed(failure);
            }
        });
        working.cancelWith(job::cancel);
    }

    /** Says which identifying columns the file will hold and asks to go on; Cancel is the default. */
    private static boolean confirmed(ExportRequest request, Window owner) {
        List<String> what = new ArrayList<>();
        if (request.includeCodes()) {
            what.add(Messages.tr("export.codes"));
        }
        if (request.includeText()) {
            what.add(Messages.tr("export.text"));
        }
        if (request.includeTimes()) {
            what.add(Messages.tr("export.times"));
        }
        Alert confirm = new Alert(Alert.AlertType.WARNING, Messages.tr("export.identifyingWarning",
                String.join(", ", what)), ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setHeaderText(Messages.tr("export.identifyingHeader"));
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        Optional<ButtonType> answer = confirm.showAndWait();
        return answer.filter(ButtonType.OK::equals).isPresent();
    }

    private void failed(Throwable failure) {
        new Alert(Alert.AlertType.ERROR, org.peerpulse.ui.Failures.sentence(failure), ButtonType.OK).show();
    }

    static List<Site> sorted(List<Site> sites) {
        return sites.stream().sorted(java.util.Comparator.comparing(Site::name)).toList();
    }
}
