package org.peerpulse.ui.entry;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;

/**
 * The stored responses of the site and wave chosen in the entry form, to correct or delete one;
 * every change goes through {@link org.peerpulse.service.EntryService}.
 */
public final class ResponsesViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final ObservableValue<Site> site;
    private final ObservableValue<Wave> wave;
    private final Runnable afterChange;
    private final ObservableList<StoredResponse> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private int request;

    public ResponsesViewModel(AppContext context, TaskRunner runner, ObservableValue<Site> site,
                              ObservableValue<Wave> wave, Runnable afterChange) {
        this.context = context;
        this.runner = runner;
        this.site = site;
        this.wave = wave;
        this.afterChange = afterChange;
        site.addListener((o, was, now) -> reload());
        wave.addListener((o, was, now) -> reload());
    }

    /** Reads the chosen site and wave's responses again; the latest request wins. */
    public void reload() {
        reload("");
    }

    private void reload(String note) {
        int mine = ++request;
        Site chosenSite = site.getValue();
        Wave chosenWave = wave.getValue();
        if (chosenSite == null || chosenWave == null) {
            rows.clear();
            status.set(Messages.tr("stored.choose"));
            return;
        }
        busy.set(true);
        runner.run(Messages.tr("status.loading"), () -> context.entry().list(chosenSite.id(), chosenWave.id()),
                list -> {
                    if (mine == request) {
                        busy.set(false);
                        rows.setAll(list);
                        status.set(note + Messages.tr("stored.count", list.size(), chosenSite.name(),
                                chosenWave.label()));
                    }
                }, this::failed);
    }

    /** Deletes a stored response (the view asks for confirmation first). */
    public void delete(StoredResponse row) {
        busy.set(true);
        runner.run(Messages.tr("stored.deleting"), () -> {
            context.entry().delete(row.id());
            return null;
        }, ignored -> {
            busy.set(false);
            afterChange.run();
            reload(Messages.tr("stored.deleted", describe(row)) + " ");
        }, this::failed);
    }

    /** "MA03" or "response 17" when it has no respondent code. */
    public static String describe(StoredResponse row) {
        String code = row.response().respondent();
        return code != null ? code : Messages.tr("stored.unnamed", row.id());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set(Messages.tr("entry.failed", org.peerpulse.ui.Failures.sentence(failure)));
    }

    public ObservableList<StoredResponse> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
