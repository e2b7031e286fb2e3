package org.peerpulse.ui.program;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.peerpulse.domain.NameClash;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.ui.Messages;

/**
 * A site being added or edited: its fields, and the problem that stops it being saved, checked
 * on every change against the other sites (names and codes are matched ignoring case, spaces
 * and punctuation, as imports and the command line match them).
 */
public final class SiteForm {
    private final Site original;
    private final List<Site> sites;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final ObjectProperty<Setting> setting = new SimpleObjectProperty<>(Setting.OTHER);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    /** {@code original} is null for a new site; {@code sites} are the program's sites now. */
    SiteForm(Site original, List<Site> sites) {
        this.original = original;
        this.sites = List.copyOf(sites);
        if (original != null) {
            name.set(original.name());
            code.set(original.code() == null ? "" : original.code());
            region.set(original.region() == null ? "" : original.region());
            setting.set(original.setting());
        }
        for (Observable field : List.of(name, code, region, setting)) {
            field.addListener(o -> check());
        }
        check();
    }

    private void check() {
        SiteId self = original == null ? null : original.id();
        String text = NameClash.ofSite(sites, self, name.get(), code.get()).map(clash -> switch (clash.kind()) {
            case SITE_CODE -> Messages.tr("program.site.codeTaken", clash.typed(), clash.existing());
            default -> Messages.tr("program.site.nameTaken", clash.existing());
        }).orElse("");
        problem.set(text);
        valid.set(text.isEmpty() && name.get() != null && !name.get().isBlank() && setting.get() != null);
    }

    /** The site being edited, or null when adding one. */
    public Site original() {
        return original;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public ObjectProperty<Setting> settingProperty() {
        return setting;
    }

    /** Why the site cannot be saved as it is, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
