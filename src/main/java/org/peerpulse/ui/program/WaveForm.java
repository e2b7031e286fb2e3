package org.peerpulse.ui.program;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.peerpulse.domain.NameClash;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.ui.Messages;

/** A wave being added or edited: label and field date, and why it cannot be saved (a label like another's). */
public final class WaveForm {
    private final Wave original;
    private final List<Wave> waves;
    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    /** {@code original} is null for a new wave; {@code waves} are the program's waves now. */
    WaveForm(Wave original, List<Wave> waves) {
        this.original = original;
        this.waves = List.copyOf(waves);
        if (original != null) {
            label.set(original.label());
            date.set(original.date());
        }
        label.addListener(o -> check());
        check();
    }

    private void check() {
        WaveId self = original == null ? null : original.id();
        String text = NameClash.ofWave(waves, self, label.get())
                .map(clash -> Messages.tr("program.wave.labelTaken", clash.existing())).orElse("");
        problem.set(text);
        valid.set(text.isEmpty() && label.get() != null && !label.get().isBlank());
    }

    /** The wave being edited, or null when adding one. */
    public Wave original() {
        return original;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
