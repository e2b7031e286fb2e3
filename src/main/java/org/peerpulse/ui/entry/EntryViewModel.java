package org.peerpulse.ui.entry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;

/**
 * The paper-survey entry form's state: site and wave (kept between responses), the answers,
 * inline validation, saving through {@link org.peerpulse.service.EntryService} in the background,
 * and how many responses were entered in this session for the chosen site and wave.
 */
public final class EntryViewModel {
    private record SiteWave(long site, long wave) {
    }

    private record Program(List<Site> sites, List<Wave> waves) {
    }

    private final AppContext context;
    private final TaskRunner runner;
    private final Runnable afterChange;
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<Wave> waves = FXCollections.observableArrayList();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>(this, "site");
    private final ObjectProperty<Wave> wave = new SimpleObjectProperty<>(this, "wave");
    private final EntryForm form = new EntryForm();
    private final ReadOnlyObjectWrapper<StoredResponse> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper selectionProblem = new ReadOnlyStringWrapper(this, "selectionProblem", "");
    private final ReadOnlyStringWrapper respondentProblem = new ReadOnlyStringWrapper(this, "respondentProblem", "");
    private final ReadOnlyStringWrapper submittedProblem = new ReadOnlyStringWrapper(this, "submittedProblem", "");
    private final ReadOnlyStringWrapper answersProblem = new ReadOnlyStringWrapper(this, "answersProblem", "");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave", false);
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper(this, "saved", 0);
    private final Map<SiteWave, Integer> entered = new HashMap<>();
    private Set<String> usedCodes = Set.of();
    private int codesRequest;

    public EntryViewModel(AppContext context, TaskRunner runner, Runnable afterChange) {
        this.context = context;
        this.runner = runner;
        this.afterChange = afterChange;
        site.addListener((o, was, now) -> validate());
        wave.addListener((o, was, now) -> reloadCodes());
        form.respondentProperty().addListener((o, was, now) -> validate());
        form.submittedProperty().addListener((o, was, now) -> validate());
        form.anyAnswer().addListener((o, was, now) -> validate());
        busy.addListener((o, was, now) -> validate());
        validate();
    }

    /** Reads the program's sites and waves; keeps the chosen ones when they still exist. */
    public void load() {
        busy.set(true);
        runner.run(Messages.tr("status.loading"), () -> new Program(context.program().sites(),
                context.program().waves()), program -> {
                    busy.set(false);
                    sites.setAll(program.sites());
                    waves.setAll(program.waves());
                    site.set(program.sites().stream().filter(s -> site.get() != null && s.id().equals(site.get().id()))
                            .findFirst().orElse(null));
                    wave.set(program.waves().stream().filter(w -> wave.get() != null && w.id().equals(wave.get().id()))
                            .findFirst().orElse(null));
                }, this::failed);
    }

    /** Saves the form (a new response, or the one being edited) and clears it for the next one. */
    public void save() {
        validate();
        if (!canSave.get()) {
            return;
        }
        Response response = form.toResponse(site.get().id(), wave.get().id());
        StoredResponse edited = editing.get();
        busy.set(true);
        runner.run(Messages.tr("entry.saving"), () -> {
            if (edited == null) {
                context.entry().save(response);
            } else {
                context.entry().update(edited.id(), response);
            }
            return context.entry().respondentCodes(response.wave());
        }, codes -> {
            busy.set(false);
            usedCodes = codes;
            if (edited == null) {
                entered.merge(new SiteWave(response.site().value(), response.wave().value()), 1, Integer::sum);
            }
            status.set(edited != null ? Messages.tr("entry.updated") : response.respondent() == null
                    ? Messages.tr("entry.savedNoCode") : Messages.tr("entry.saved", response.respondent()));
            editing.set(null);
            form.clear();
            saved.set(saved.get() + 1);
            afterChange.run();
        }, this::failed);
    }

    /** Loads a stored response into the form; the next save changes it instead of adding one. */
    public void edit(StoredResponse stored) {
        Response response = stored.response();
        site.set(sites.stream().filter(s -> s.id().equals(response.site())).findFirst().orElse(null));
        wave.set(waves.stream().filter(w -> w.id().equals(response.wave())).findFirst().orElse(null));
        editing.set(stored);
        form.load(response);
        status.set("");
        validate();
    }

    /** Leaves editing (or the half-typed response) and starts an empty form; site and wave stay. */
    public void clear() {
        editing.set(null);
        form.clear();
        status.set("");
        validate();
    }

    /** Reads again which respondent codes the chosen wave already holds (after a delete elsewhere). */
    public void reloadCodes() {
        int request = ++codesRequest;
        usedCodes = Set.of();
        validate();
        Wave chosen = wave.get();
        if (chosen == null) {
            return;
        }
        runner.run(Messages.tr("status.loading"), () -> context.entry().respondentCodes(chosen.id()), codes -> {
            if (request == codesRequest) {
                usedCodes = new HashSet<>(codes);
                validate();
            }
        }, this::failed);
    }

    private void validate() {
        selectionProblem.set(site.get() == null ? Messages.tr("entry.chooseSite")
                : wave.get() == null ? Messages.tr("entry.chooseWave") : "");
        String code = form.respondentProperty().get() == null ? "" : form.respondentProperty().get().strip();
        respondentProblem.set(context.entry().respondentProblem(code).map(EntryViewModel::sentence)
                .orElse(isTaken(code) ? Messages.tr("entry.respondentTaken") : ""));
        submittedProblem.set(context.entry().submittedProblem(form.submittedProperty().get())
                .map(EntryViewModel::sentence).orElse(""));
        answersProblem.set(form.anyAnswer().get() ? "" : Messages.tr("entry.noAnswers"));
        canSave.set(!busy.get() && selectionProblem.get().isEmpty() && respondentProblem.get().isEmpty()
                && submittedProblem.get().isEmpty() && form.anyAnswer().get());
        updateCounter();
    }

    private boolean isTaken(String code) {
        if (code.isEmpty() || !usedCodes.contains(code.toLowerCase(Locale.ROOT))) {
            return false;
        }
        StoredResponse edited = editing.get();
        return edited == null || edited.response().respondent() == null || wave.get() == null
                || !edited.response().wave().equals(wave.get().id())
                || !edited.response().respondent().equalsIgnoreCase(code);
    }

    private void updateCounter() {
        if (site.get() == null || wave.get() == null) {
            counter.set("");
            return;
        }
        int count = entered.getOrDefault(new SiteWave(site.get().id().value(), wave.get().id().value()), 0);
        counter.set(Messages.tr("entry.counter", count, site.get().name(), wave.get().label()));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set(Messages.tr("entry.failed", org.peerpulse.ui.Failures.sentence(failure)));
    }

    /** "looks like an e-mail…" → "Looks like an e-mail…". */
    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

    public ObjectProperty<Wave> waveProperty() {
        return wave;
    }

    public EntryForm form() {
        return form;
    }

    /** The stored response being edited; null while entering new ones. */
    public ReadOnlyObjectProperty<StoredResponse> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** "Choose the site" / "Choose the wave", or empty. */
    public ReadOnlyStringProperty selectionProblemProperty() {
        return selectionProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty respondentProblemProperty() {
        return respondentProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty submittedProblemProperty() {
        return submittedProblem.getReadOnlyProperty();
    }

    /** "Nothing answered yet", or empty. */
    public ReadOnlyStringProperty answersProblemProperty() {
        return answersProblem.getReadOnlyProperty();
    }

    /** "12 responses entered for Surrey, 2024-03 in this session". */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** Counts successful saves: the view moves the focus back to the respondent code on each. */
    public ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
