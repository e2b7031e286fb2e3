package org.peerpulse.ui.program;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.MergeConflict;
import org.peerpulse.service.MergeResult;
import org.peerpulse.service.ProgramService;
import org.peerpulse.service.ProgramService.SiteEntry;
import org.peerpulse.service.ProgramService.WaveEntry;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;

/**
 * The program's sites and waves with their response counts, and the changes made to them:
 * add, edit, archive and merge sites; add and edit waves. Every change runs through the
 * {@link TaskRunner}, reloads both lists and then tells the rest of the app ({@code afterChange}).
 */
public final class ProgramViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final Runnable afterChange;
    private final ObservableList<SiteEntry> sites = FXCollections.observableArrayList();
    private final ObservableList<WaveEntry> waves = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public ProgramViewModel(AppContext context, TaskRunner runner, Runnable afterChange) {
        this.context = context;
        this.runner = runner;
        this.afterChange = afterChange;
    }

    private record Lists(List<SiteEntry> sites, List<WaveEntry> waves) {
    }

    /** Reads both lists again. */
    public void load() {
        work(Messages.tr("program.status.loading"), this::lists, lists -> {
            show(lists);
            status.set("");
        });
    }

    private Lists lists() {
        ProgramService program = context.program();
        return new Lists(program.sitesWithCounts(), program.wavesWithCounts());
    }

    public SiteForm newSite() {
        return new SiteForm(null, currentSites());
    }

    public SiteForm editSite(SiteEntry entry) {
        return new SiteForm(entry.site(), currentSites());
    }

    public WaveForm newWave() {
        return new WaveForm(null, waves.stream().map(WaveEntry::wave).toList());
    }

    public WaveForm editWave(WaveEntry entry) {
        return new WaveForm(entry.wave(), waves.stream().map(WaveEntry::wave).toList());
    }

    private List<Site> currentSites() {
        return sites.stream().map(SiteEntry::site).toList();
    }

    /** Adds or updates the form's site; does nothing while the form has a problem. */
    public void save(SiteForm form) {
        if (!form.validProperty().get()) {
            return;
        }
        String name = form.nameProperty().get();
        String code = form.codeProperty().get();
        String region = form.regionProperty().get();
        var setting = form.settingProperty().get();
        Site original = form.original();
        change(() -> original == null ? context.program().addSite(name, code, region, setting)
                : context.program().updateSite(original.id(), name, code, region, setting),
                site -> Messages.tr("program.status.savedSite", site.name()));
    }

    /** Adds or updates the form's wave; does nothing while the form has a problem. */
    public void save(WaveForm form) {
        if (!form.validProperty().get()) {
            return;
        }
        String label = form.labelProperty().get();
        var date = form.dateProperty().get();
        var original = form.original();
        change(() -> original == null ? context.program().addWave(label, date)
                : context.program().updateWave(original.id(), label, date),
                wave -> Messages.tr("program.status.savedWave", wave.label()));
    }

    public void setArchived(SiteEntry entry, boolean archived) {
        change(() -> context.program().archiveSite(entry.site().id(), archived), site -> Messages.tr(
                archived ? "program.status.archived" : "program.status.unarchived", site.name()));
    }

    /** The sites {@code from} can be merged into: every other site. */
    public List<Site> mergeTargets(SiteEntry from) {
        return currentSites().stream().filter(s -> !s.id().equals(from.site().id())).toList();
    }

    /** Merges {@code from} into {@code into}; refused merges put their conflicts in {@link #errorProperty()}. */
    public void merge(SiteEntry from, Site into) {
        change(() -> context.program().mergeSites(from.site().id(), into.id()), result -> {
            if (!result.merged()) {
                showError(refusal(result));
                return Messages.tr("program.status.notMerged", result.from().name());
            }
            return Messages.tr("program.status.merged", result.from().name(), result.into().name(),
                    result.moved());
        });
    }

    private static String refusal(MergeResult result) {
        return Messages.tr("program.merge.refused", result.from().name(), result.into().name(),
                result.conflicts().size()) + result.conflicts().stream().map(c -> sentence(c, result))
                .collect(Collectors.joining("\n", "\n", ""));
    }

    private static String sentence(MergeConflict conflict, MergeResult result) {
        return Messages.tr("program.merge.conflict", conflict.fromRespondent(), conflict.wave(),
                result.from().name(), result.into().name(), conflict.intoRespondent());
    }

    private record Changed<T>(T result, Lists lists) {
    }

    /** Runs a change, then reloads the lists, says what happened, and tells the app. */
    private <T> void change(Callable<T> task, Function<T, String> said) {
        work(Messages.tr("program.status.saving"), () -> new Changed<>(task.call(), lists()), changed -> {
            show(changed.lists());
            status.set(said.apply(changed.result()));
            afterChange.run();
        });
    }

    private <T> void work(String what, Callable<T> task, Consumer<T> done) {
        busy.set(true);
        status.set(what);
        runner.run(what, task, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            status.set(Messages.tr("program.status.failed", org.peerpulse.ui.Failures.sentence(failure)));
            showError(failure.getMessage());
        });
    }

    private void show(Lists lists) {
        sites.setAll(lists.sites());
        waves.setAll(lists.waves());
    }

    private void showError(String message) {
        error.set(null);
        error.set(message);
    }

    public ObservableList<SiteEntry> sites() {
        return sites;
    }

    public ObservableList<WaveEntry> waves() {
        return waves;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A problem to show the user (a refused merge, a failed save); set anew each time. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
