package org.peerpulse.ui.imports;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One answer label of a mapped column and the PSP-1 value code it stands for (empty: not chosen yet). */
public final class LabelRow {
    private final String label;
    private final StringProperty code = new SimpleStringProperty("");

    LabelRow(String label, String code) {
        this.label = label;
        this.code.set(code == null ? "" : code);
    }

    public String label() {
        return label;
    }

    public StringProperty codeProperty() {
        return code;
    }
}
