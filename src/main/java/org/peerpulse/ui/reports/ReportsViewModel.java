package org.peerpulse.ui.reports;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ReportRequest;
import org.peerpulse.service.ReportResult;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;

/**
 * The Reports screen: the program or one site, the waves from and to, and the PDF made in the
 * background with its progress. Reports always apply the small-number rules, whatever the screen shows.
 */
public final class ReportsViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<Wave> waves = FXCollections.observableArrayList();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    private final ObjectProperty<Wave> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Wave> to = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyObjectWrapper<ReportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding wavesInOrder = Bindings.createBooleanBinding(
            () -> from.get() == null || to.get() == null || Wave.IN_ORDER.compare(from.get(), to.get()) <= 0, from, to);
    private TaskRunner.Job job;

    public ReportsViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        state.revisionProperty().addListener((o, was, now) -> load());
        wavesInOrder.addListener((o, was, now) -> message.set(now ? "" : Messages.tr("reports.order")));
    }

    public void load() {
        runner.run("report choices", () -> new Lists(context.program().sites(), context.program().waves()), lists -> {
            Site chosen = site.get();
            sites.setAll(lists.sites());
            site.set(chosen == null ? null : lists.sites().stream().filter(s -> s.id().equals(chosen.id()))
                    .findFirst().orElse(null));
            waves.setAll(lists.waves());
            if (!lists.waves().isEmpty()) {
                from.set(lists.waves().get(0));
                to.set(lists.waves().get(lists.waves().size() - 1));
            }
        }, failure -> message.set(failure.getMessage()));
    }

    private record Lists(List<Site> sites, List<Wave> waves) {
    }

    /** True when a report can be made now: waves to cover, in order, and no report under way. */
    public BooleanBinding canMakeProperty() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !waves.isEmpty() && wavesInOrder.get(), busy, waves,
                wavesInOrder);
    }

    /** The file name the save dialog suggests: the site's code or name, or "program". */
    public String suggestedFileName() {
        Site chosen = site.get();
        String what = chosen == null ? "program" : chosen.code() != null ? chosen.code() : chosen.name();
        return "peerpulse-report-" + what.replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(java.util.Locale.ROOT)
                + ".pdf";
    }

    /** Makes the report in the background and writes it to {@code file}. */
    public void make(Path file) {
        ReportRequest request = new ReportRequest(site.get(), from.get(), to.get());
        busy.set(true);
        result.set(null);
        progress.unbind();
        progress.set(-1);
        message.set(Messages.tr("reports.making"));
        job = runner.track("report", work -> context.reports().write(request, file, work), written -> {
            busy.set(false);
            result.set(written);
            message.set(Messages.tr("reports.written", written.pages(), written.file()));
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof java.util.concurrent.CancellationException
                    ? Messages.tr("reports.cancelled") : Messages.tr("reports.failed", org.peerpulse.ui.Failures.sentence(failure)));
        });
        progress.bind(job.progressProperty());
    }

    /** The desktop could not open the report or its folder: says so, and keeps the result. */
    public void failedToOpen(Throwable failure) {
        message.set(Messages.tr("reports.openFailed", org.peerpulse.ui.Failures.sentence(failure)));
    }

    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    public ObservableList<Wave> waves() {
        return waves;
    }

    public ObjectProperty<Site> siteProperty() {
        return site;
    }

    public ObjectProperty<Wave> fromProperty() {
        return from;
    }

    public ObjectProperty<Wave> toProperty() {
        return to;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
