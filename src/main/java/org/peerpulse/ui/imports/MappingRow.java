package org.peerpulse.ui.imports;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One source column in the mapping editor: its heading, a sample value, and what it maps to. */
public final class MappingRow {
    private final String heading;
    private final String sample;
    private final StringProperty target = new SimpleStringProperty();

    MappingRow(String heading, String sample, String target) {
        this.heading = heading;
        this.sample = sample;
        this.target.set(target);
    }

    public String heading() {
        return heading;
    }

    public String sample() {
        return sample;
    }

    public StringProperty targetProperty() {
        return target;
    }
}
