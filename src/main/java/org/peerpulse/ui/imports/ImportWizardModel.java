package org.peerpulse.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Psp1;
import org.peerpulse.io.ColumnMapping;
import org.peerpulse.io.FilePreview;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.instrument.Psp1Text;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ImportOptions;
import org.peerpulse.service.ImportReport;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;

/**
 * The import wizard's state: the file and how to read it, a preview of its first rows, the column
 * mapping for other tools' files, and the outcome. Work runs through the {@link TaskRunner}.
 */
public final class ImportWizardModel {
    static final int PREVIEW_ROWS = 8;

    private final AppContext context;
    private final TaskRunner runner;
    private final Runnable afterImport;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportFormat> format = new SimpleObjectProperty<>(ImportFormat.AUTO);
    private final StringProperty wave = new SimpleStringProperty("");
    private final BooleanProperty createSites = new SimpleBooleanProperty(false);
    private final StringProperty mappingName = new SimpleStringProperty("");
    private final ObservableList<String> savedMappings = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<LabelRow> labels = FXCollections.observableArrayList();
    private final ObservableList<String> labelCodes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FilePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyStringWrapper failure = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<TaskRunner.Job> job = new ReadOnlyObjectWrapper<>();
    /** Item → source label → value code, as suggested or loaded (edited labels arrive in a later version). */
    private Map<String, Map<String, String>> valueLabels = new HashMap<>();

    public ImportWizardModel(AppContext context, TaskRunner runner, Runnable afterImport) {
        this.context = context;
        this.runner = runner;
        this.afterImport = afterImport;
        file.addListener((o, was, now) -> readPreview());
        format.addListener((o, was, now) -> suggestMapping());
    }

    /** Every target a column can map to: ignore, the metadata columns, then every item. */
    static List<String> targets() {
        List<String> targets = new ArrayList<>();
        targets.add(ColumnMapping.IGNORE);
        targets.addAll(Psp1.canonicalColumns());
        return targets;
    }

    public void loadSavedMappings() {
        runner.run("mappings", () -> context.mappings().names(), savedMappings::setAll, failure -> { });
    }

    private void readPreview() {
        Path chosen = file.get();
        report.set(null);
        if (chosen == null) {
            preview.set(null);
            return;
        }
        runner.run("preview", () -> context.imports().preview(chosen, PREVIEW_ROWS), result -> {
            preview.set(result);
            suggestMapping();
        }, failure -> preview.set(null));
    }

    /** Fills the mapping editor from the preview: PSP-1 codes and Kobo group paths are recognised. */
    private void suggestMapping() {
        FilePreview shown = preview.get();
        if (shown == null || format.get() != ImportFormat.MAPPED) {
            mapping.clear();
            return;
        }
        // PeerPulse wrote the survey's wording itself, so a tool's "labels" export maps back by it
        Psp1Text wording = new Psp1Text(java.util.Locale.ENGLISH);
        ColumnMapping suggested = ColumnMapping.suggest(shown.headers(), shown.rows(), wording.itemCodeByQuestion(),
                wording.choiceCodesByItem());
        showMapping(suggested, shown);
    }

    private void showMapping(ColumnMapping source, FilePreview shown) {
        List<MappingRow> rows = new ArrayList<>();
        for (int i = 0; i < shown.headers().size(); i++) {
            String heading = shown.headers().get(i);
            int column = i;
            String sample = shown.rows().stream().map(r -> column < r.size() ? r.get(column) : "")
                    .filter(v -> !v.isBlank()).findFirst().orElse("");
            String target = source.targetOf(heading);
            rows.add(new MappingRow(heading, sample, target == null ? ColumnMapping.IGNORE : target));
        }
        mapping.setAll(rows);
        valueLabels = new HashMap<>(source.valueCodes());
    }

    /**
     * Shows the answer labels of a mapped column (every different value in the file; for select-many
     * items, split at commas and semicolons as form tools join them) with the value code of each.
     */
    public void showLabels(MappingRow row) {
        labels.clear();
        labelCodes.clear();
        Path chosen = file.get();
        var item = row == null ? null : Psp1.item(row.targetProperty().get()).orElse(null);
        if (chosen == null || item == null || item.kind() == org.peerpulse.domain.ItemKind.TEXT) {
            return;
        }
        int column = preview.get().headers().indexOf(row.heading());
        boolean many = item.kind() == org.peerpulse.domain.ItemKind.MULTIPLE;
        runner.run("labels", () -> context.imports().distinctValues(chosen, column, 200), values -> {
            java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
            for (String value : values) {
                for (String part : many ? value.split("\\s*[,;]\\s*") : new String[] {value}) {
                    if (!part.isBlank()) {
                        distinct.add(part.strip());
                    }
                }
            }
            Map<String, String> known = valueLabels.getOrDefault(item.code(), Map.of());
            labelCodes.setAll(item.values().codes());
            labels.setAll(distinct.stream().map(label -> new LabelRow(label, known.getOrDefault(label,
                    item.values().codes().stream().filter(label::equalsIgnoreCase).findFirst().orElse(""))))
                    .toList());
            labels.forEach(label -> label.codeProperty().addListener((o, was, now) -> {
                Map<String, String> codes = new LinkedHashMap<>(valueLabels.getOrDefault(item.code(), Map.of()));
                if (now == null || now.isBlank()) {
                    codes.remove(label.label());
                } else {
                    codes.put(label.label(), now);
                }
                valueLabels.put(item.code(), codes);
            }));
        }, failure -> { });
    }

    public ObservableList<LabelRow> labels() {
        return labels;
    }

    /** The value codes the shown labels can map to. */
    public ObservableList<String> labelCodes() {
        return labelCodes;
    }

    /** Loads a saved mapping into the editor. */
    public void useSavedMapping(String name) {
        FilePreview shown = preview.get();
        runner.run("mapping", () -> context.mappings().load(name).orElseThrow(() ->
                new IllegalStateException("It is not saved in this program.")), loaded -> {
            mappingName.set(loaded.name());
            format.set(ImportFormat.MAPPED);
            if (shown != null) {
                showMapping(loaded, shown);
            }
        }, problem -> failure.set(Messages.tr("wizard.mappingNotLoaded", name, org.peerpulse.ui.Failures.sentence(problem))));
    }

    /** The mapping as edited. */
    public ColumnMapping currentMapping() {
        Map<String, String> columns = new LinkedHashMap<>();
        mapping.forEach(row -> columns.put(row.heading(), row.targetProperty().get()));
        String name = mappingName.get() == null || mappingName.get().isBlank() ? "unsaved" : mappingName.get().strip();
        return new ColumnMapping(name, columns, valueLabels);
    }

    public void saveMapping() {
        ColumnMapping current = currentMapping();
        runner.run("save mapping", () -> {
            context.mappings().save(current);
            return context.mappings().names();
        }, savedMappings::setAll, problem -> failure.set(Messages.tr("wizard.mappingNotSaved", org.peerpulse.ui.Failures.sentence(problem))));
    }

    /** Imports the file: all of it or none of it. */
    public void start() {
        Path chosen = file.get();
        if (chosen == null || running.get()) {
            return;
        }
        ImportOptions options = new ImportOptions(format.get(), wave.get() == null || wave.get().isBlank() ? null
                : wave.get().strip(), createSites.get(), format.get() == ImportFormat.MAPPED ? currentMapping() : null);
        running.set(true);
        cancelling.set(false);
        report.set(null);
        failure.set("");
        job.set(runner.track("import", progress -> context.imports().importFile(chosen, options, progress), result -> {
            running.set(false);
            report.set(result);
            if (result.stored()) {
                afterImport.run();
            }
        }, problem -> {
            running.set(false);
            report.set(null);
            failure.set(Messages.tr("wizard.failed", chosen.getFileName(), org.peerpulse.ui.Failures.sentence(problem)));
        }));
    }

    public void cancel() {
        if (job.get() != null && running.get()) {
            cancelling.set(true);
            job.get().cancel();
        }
    }

    /** Cancel was pressed and the import has not stopped yet (a backup's copy, under way, finishes first). */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<ImportFormat> formatProperty() {
        return format;
    }

    public StringProperty waveProperty() {
        return wave;
    }

    public BooleanProperty createSitesProperty() {
        return createSites;
    }

    public StringProperty mappingNameProperty() {
        return mappingName;
    }

    public ObservableList<String> savedMappings() {
        return savedMappings;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ReadOnlyObjectProperty<FilePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /**
     * Why the last import stopped with nothing stored when the file itself was not the reason (the
     * database, a backup), or why a mapping was not saved or loaded; empty otherwise.
     */
    public javafx.beans.property.ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TaskRunner.Job> jobProperty() {
        return job.getReadOnlyProperty();
    }
}
