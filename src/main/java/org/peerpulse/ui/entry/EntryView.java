package org.peerpulse.ui.entry;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.ui.Messages;

/**
 * The paper-survey entry form, for the keyboard: respondent code, the stressor items by domain,
 * top three, health and working conditions, the comment, ProQOL 5 collapsed; Enter saves and
 * starts the next response with the focus back on the respondent code.
 */
public final class EntryView {
    private final EntryViewModel model;
    private final FocusChain chain = new FocusChain();
    private final EntrySections sections;
    private final TextField respondent = new TextField();
    private final ScrollPane scroll = new ScrollPane();

    public EntryView(EntryViewModel model) {
        this.model = model;
        this.sections = new EntrySections(model, chain);
    }

    public Parent build() {
        VBox left = new VBox(12, metadataPanel());
        for (StressDomain domain : StressDomain.values()) {
            left.getChildren().add(sections.domainPanel(domain));
        }
        VBox right = new VBox(12, sections.top3Panel(),
                sections.itemsPanel("entry.health", List.of("srh", "srmh", "qol")),
                sections.itemsPanel("entry.work", List.of("employment", "housing_status", "debrief", "od_responses",
                        "stay_12m")),
                sections.commentPanel());
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(520);
        right.setPrefWidth(620);
        VBox page = new VBox(12, new HBox(16, left, right), sections.proqolPane());
        page.setPadding(new Insets(16, 20, 20, 20));
        page.getStyleClass().add("entry-form");
        scroll.setContent(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("entry-scroll");
        BorderPane root = new BorderPane(scroll);
        root.setBottom(saveBar());
        model.savedProperty().addListener((o, was, now) -> startNext());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, old, owner) -> reveal(owner));
            }
        });
        return root;
    }

    /** The respondent code field: where each new response starts. */
    public TextField respondentField() {
        return respondent;
    }

    private Region metadataPanel() {
        respondent.setId("respondent");
        respondent.setPrefColumnCount(10);
        respondent.setMinWidth(Region.USE_PREF_SIZE);
        respondent.textProperty().bindBidirectional(model.form().respondentProperty());
        TextField submitted = new TextField();
        submitted.setId("submitted");
        submitted.setPrefColumnCount(10);
        submitted.setMinWidth(Region.USE_PREF_SIZE);
        submitted.setPromptText(Messages.tr("entry.submittedPrompt"));
        submitted.textProperty().bindBidirectional(model.form().submittedProperty());
        chain.add(respondent);
        chain.add(submitted);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        addField(grid, 0, "entry.respondent", respondent, Messages.tr("entry.respondentHint"),
                model.respondentProblemProperty());
        addField(grid, 1, "entry.submitted", submitted, Messages.tr("entry.submittedHint"),
                model.submittedProblemProperty());
        Label editing = new Label();
        editing.getStyleClass().add("editing-note");
        editing.textProperty().bind(Bindings.createStringBinding(() -> model.editingProperty().get() == null ? ""
                : Messages.tr("entry.editing", model.editingProperty().get().id()), model.editingProperty()));
        editing.visibleProperty().bind(model.editingProperty().isNotNull());
        editing.managedProperty().bind(editing.visibleProperty());
        return EntrySections.panel(EntrySections.title(Messages.tr("entry.paper")), editing, grid);
    }

    private static void addField(GridPane grid, int row, String labelKey, TextField field, String hint,
                                 javafx.beans.value.ObservableStringValue problem) {
        Label label = new Label(Messages.tr(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label();
        note.setWrapText(true);
        note.setId(field.getId() + "-note");
        note.textProperty().bind(Bindings.when(Bindings.isEmpty(problem)).then(hint).otherwise(problem));
        problem.addListener((o, was, now) -> note.getStyleClass().setAll("label",
                now.isEmpty() ? "field-hint" : "field-problem"));
        note.getStyleClass().setAll("label", problem.get().isEmpty() ? "field-hint" : "field-problem");
        GridPane.setHgrow(note, Priority.ALWAYS);
        grid.addRow(row, label, field, note);
    }

    private Region saveBar() {
        Button save = new Button();
        save.setId("save-entry");
        save.textProperty().bind(Bindings.when(model.editingProperty().isNull())
                .then(Messages.tr("entry.save")).otherwise(Messages.tr("entry.saveChanges")));
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        chain.setEnd(save);
        Button clear = new Button();
        clear.setId("clear-entry");
        clear.textProperty().bind(Bindings.when(model.editingProperty().isNull())
                .then(Messages.tr("entry.clear")).otherwise(Messages.tr("entry.cancelEdit")));
        clear.setOnAction(e -> {
            model.clear();
            startNext();
        });
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Label why = EntrySections.problem(Bindings.when(model.selectionProblemProperty().isEmpty())
                .then(model.answersProblemProperty()).otherwise(model.selectionProblemProperty()));
        why.setId("save-problem");
        Label status = new Label();
        status.setId("entry-status");
        status.getStyleClass().add("entry-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Label keys = EntrySections.muted(Messages.tr("entry.keys"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = EntrySections.row(save, clear, why, status, spacer, keys);
        bar.getStyleClass().add("entry-save-bar");
        return bar;
    }

    private void startNext() {
        scroll.setVvalue(0);
        respondent.requestFocus();
    }

    /** Scrolls the form so that the focused field is in view. */
    private void reveal(Node owner) {
        Node content = scroll.getContent();
        if (owner == null || content == null || !isInside(owner, content)) {
            return;
        }
        Bounds bounds = content.sceneToLocal(owner.localToScene(owner.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = (contentHeight - viewHeight) * scroll.getVvalue();
        if (bounds.getMinY() < top) {
            scroll.setVvalue(Math.max(0, bounds.getMinY() - 40) / (contentHeight - viewHeight));
        } else if (bounds.getMaxY() > top + viewHeight) {
            scroll.setVvalue(Math.min(1, (bounds.getMaxY() + 40 - viewHeight) / (contentHeight - viewHeight)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
