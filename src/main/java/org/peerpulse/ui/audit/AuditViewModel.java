package org.peerpulse.ui.audit;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.AuditFilter;
import org.peerpulse.io.export.ExportTable;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.AuditLog;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.TaskRunner;

/**
 * The audit trail's viewer: filters (action, user, days, text), the entries newest first a page at
 * a time, all loaded in the background. It can only read the trail; nothing here changes it.
 */
public final class AuditViewModel {
    /** How many entries one page loads; "Show more" loads the next. */
    public static final int PAGE = 200;

    private final AppContext context;
    private final TaskRunner runner;
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final ObjectProperty<String> user = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private int request;

    public AuditViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        action.addListener((o, was, now) -> reload());
        user.addListener((o, was, now) -> reload());
        from.addListener((o, was, now) -> reload());
        to.addListener((o, was, now) -> reload());
        text.addListener((o, was, now) -> reload());
        state.revisionProperty().addListener((o, was, now) -> reload());
        state.auditRevisionProperty().addListener((o, was, now) -> reload());
    }

    /** Loads the users for the filter and the first page of entries. */
    public void reload() {
        AuditFilter filter = filter();
        if (filter == null) {
            return;
        }
        int mine = ++request;
        busy.set(true);
        runner.run("audit trail", () -> new Loaded(context.auditLog().users(),
                context.auditLog().page(filter, 0, PAGE)), loaded -> {
            if (mine == request) {
                busy.set(false);
                String chosen = user.get();
                users.setAll(loaded.users());
                if (chosen != null && !users.contains(chosen)) {
                    users.add(chosen);
                }
                entries.setAll(loaded.page().entries());
                show(loaded.page());
            }
        }, this::failed);
    }

    /** Loads the next page and adds it below the entries shown. */
    public void loadMore() {
        AuditFilter filter = filter();
        if (filter == null || !hasMore.get()) {
            return;
        }
        int mine = request;
        long offset = entries.size();
        busy.set(true);
        runner.run("audit trail", () -> context.auditLog().page(filter, offset, PAGE), page -> {
            if (mine == request) {
                busy.set(false);
                entries.addAll(page.entries());
                show(page);
            }
        }, this::failed);
    }

    /** Every entry the filters let through (not only the pages loaded), as a table to export. */
    public java.util.concurrent.Callable<ExportTable> exportTable() {
        AuditFilter filter = filter();
        return () -> context.auditLog().table(filter == null ? AuditFilter.ALL : filter);
    }

    /** The filters as chosen, or null (with {@link #problemProperty()} saying why) when they do not fit. */
    private AuditFilter filter() {
        try {
            AuditFilter filter = new AuditFilter(action.get(), user.get(), from.get(), to.get(), text.get());
            problem.set(null);
            return filter;
        } catch (IllegalArgumentException e) {
            ++request;
            entries.clear();
            total.set(0);
            hasMore.set(false);
            problem.set(e.getMessage());
            return null;
        }
    }

    private void show(AuditLog.Page page) {
        total.set(page.total());
        hasMore.set(entries.size() < page.total());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        problem.set(failure.getMessage());
    }

    private record Loaded(List<String> users, AuditLog.Page page) {
    }

    /** null: every action. */
    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    /** null: every user. */
    public ObjectProperty<String> userProperty() {
        return user;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The entries loaded so far, newest first. */
    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObservableList<String> users() {
        return users;
    }

    /** How many entries the filters let through in all. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why nothing is shown (dates the wrong way round, the database unreadable), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
