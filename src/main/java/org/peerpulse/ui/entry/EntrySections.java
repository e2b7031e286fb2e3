package org.peerpulse.ui.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.ValueSet;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Messages;

/** Builds the entry form's panels of PSP-1 items and puts every answer field in the focus chain. */
final class EntrySections {
    private final EntryViewModel model;
    private final FocusChain chain;
    private final Map<String, CheckBox> top3Boxes = new HashMap<>();
    private boolean syncingTop3;

    EntrySections(EntryViewModel model, FocusChain chain) {
        this.model = model;
        this.chain = chain;
    }

    /** A stressor domain: its colour and name, the 1–5 legend, one row per item. */
    Region domainPanel(StressDomain domain) {
        GridPane grid = grid();
        domain.itemCodes().forEach(code -> addRow(grid, code, null));
        Label legend = muted(ItemTexts.legend(ValueSet.S5));
        Label title = title(DomainStyle.label(domain));
        VBox panel = panel(title, legend, grid);
        panel.getStyleClass().addAll("domain-section", DomainStyle.styleClass(domain));
        return panel;
    }

    /** Items answered on their own scales or with words: each row shows its scale's legend. */
    Region itemsPanel(String titleKey, List<String> codes) {
        GridPane grid = grid();
        codes.forEach(code -> {
            ValueSet values = Psp1.item(code).map(Item::values).orElseThrow();
            addRow(grid, code, values.isNumeric() ? muted(ItemTexts.legend(values)) : null);
        });
        return panel(title(Messages.tr(titleKey)), grid);
    }

    /** Up to three of the ten stressors, as check boxes; a fourth is refused with the reason. */
    Region top3Panel() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        List<String> codes = ValueSet.TOP3.codes();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            CheckBox box = new CheckBox(ItemTexts.word(ValueSet.TOP3, code));
            box.setId("top3-" + code);
            box.selectedProperty().addListener((o, was, now) -> {
                if (!syncingTop3 && now && !model.form().choose(code)) {
                    syncTop3();
                } else if (!syncingTop3 && !now) {
                    model.form().unchoose(code);
                }
            });
            top3Boxes.put(code, box);
            chain.add(box);
            grid.add(box, i / 5, i % 5);
        }
        model.form().top3().addListener((SetChangeListener<String>) change -> syncTop3());
        Label problem = problem(model.form().top3ProblemProperty());
        problem.setId("top3-problem");
        return panel(title(ItemTexts.question(Psp1.TOP3)), muted(Messages.tr("entry.top3Hint",
                Psp1.TOP3_MAX_CHOICES)), grid, problem);
    }

    private void syncTop3() {
        syncingTop3 = true;
        top3Boxes.forEach((code, box) -> box.setSelected(model.form().top3().contains(code)));
        syncingTop3 = false;
    }

    /** The free-text comment: Tab leaves it, Ctrl+Enter saves. */
    Region commentPanel() {
        TextArea comment = new TextArea();
        comment.setId("comment");
        comment.setWrapText(true);
        comment.setPrefRowCount(3);
        comment.textProperty().bindBidirectional(model.form().commentProperty());
        comment.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                if (event.isShiftDown()) {
                    chain.previous(comment);
                } else {
                    chain.next(comment);
                }
            } else if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                model.save();
            }
        });
        chain.add(comment);
        return panel(title(ItemTexts.question(Psp1.COMMENT)), muted(Messages.tr("entry.commentHint")), comment);
    }

    /** ProQOL 5, collapsed: numbers only, 1 Never … 5 Very often. */
    TitledPane proqolPane() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        TitledPane pane = new TitledPane(Messages.tr("entry.proqol"), null);
        for (int i = 1; i <= Psp1.PROQOL_ITEMS; i++) {
            String code = Psp1.proqolItem(i);
            Label label = new Label(ItemTexts.question(code));
            ChoiceInput input = input(code, pane::isExpanded);
            label.setLabelFor(input);
            int column = (i - 1) / 10 * 2;
            grid.add(label, column, (i - 1) % 10);
            grid.add(input, column + 1, (i - 1) % 10);
        }
        pane.setContent(new VBox(8, muted(ItemTexts.legend(ValueSet.PROQOL) + "   " + Messages.tr("entry.proqolNote")),
                grid));
        pane.setExpanded(false);
        pane.setId("proqol");
        pane.getStyleClass().add("proqol-pane");
        return pane;
    }

    /** A question, its scale's legend under it when the panel has none of its own, and its choices. */
    private void addRow(GridPane grid, String code, Label legend) {
        Label label = new Label(ItemTexts.question(code));
        label.setWrapText(true);
        ChoiceInput input = input(code, null);
        label.setLabelFor(input);
        int row = grid.getRowCount();
        grid.add(legend == null ? label : new VBox(1, label, legend), 0, row);
        grid.add(input, 1, row);
    }

    private ChoiceInput input(String code, java.util.function.BooleanSupplier reachable) {
        ValueSet values = Psp1.item(code).map(Item::values).orElseThrow();
        ChoiceInput input = new ChoiceInput(values.codes(), ItemTexts.buttonLabels(values), ItemTexts.tooltips(values));
        input.setId("item-" + code);
        if (!values.isNumeric()) {
            input.getStyleClass().add("word-choices");
        }
        input.valueProperty().bindBidirectional(model.form().single(code));
        input.setOnAnswered(() -> chain.next(input));
        if (reachable == null) {
            chain.add(input);
        } else {
            chain.add(input, reachable);
        }
        return input;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(5);
        ColumnConstraints question = new ColumnConstraints();
        question.setHgrow(Priority.ALWAYS);
        question.setMinWidth(200);
        ColumnConstraints answer = new ColumnConstraints();
        answer.setHalignment(HPos.LEFT);
        answer.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(question, answer);
        return grid;
    }

    static VBox panel(javafx.scene.Node... children) {
        VBox panel = new VBox(6, children);
        panel.getStyleClass().addAll("panel", "entry-panel");
        return panel;
    }

    static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("panel-title");
        return title;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-hint");
        label.setWrapText(true);
        return label;
    }

    static Label problem(javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("field-problem");
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        return label;
    }

    static HBox row(javafx.scene.Node... children) {
        HBox row = new HBox(10, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
