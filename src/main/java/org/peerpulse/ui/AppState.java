package org.peerpulse.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What every view of the window shares: whether small numbers are shown (internal use), and a
 * revision that goes up whenever the program's data change, so that every view reloads.
 */
public final class AppState {
    private final BooleanProperty showSmallNumbers = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper auditRevision = new ReadOnlyIntegerWrapper(0);

    public BooleanProperty showSmallNumbersProperty() {
        return showSmallNumbers;
    }

    public boolean showsSmallNumbers() {
        return showSmallNumbers.get();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Tells every view that the data changed (an import, an edit, the demo removed…). */
    public void dataChanged() {
        revision.set(revision.get() + 1);
    }

    /** Goes up when an audit entry was written that changed no data (a switch of small numbers, an export). */
    public ReadOnlyIntegerProperty auditRevisionProperty() {
        return auditRevision.getReadOnlyProperty();
    }

    /** Tells the audit trail's viewer that an entry was written. */
    public void auditWritten() {
        auditRevision.set(auditRevision.get() + 1);
    }
}
