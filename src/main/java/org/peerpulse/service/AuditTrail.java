package org.peerpulse.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.AuditRepository;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.Transaction;
import org.peerpulse.storage.WaveRepository;

/**
 * The audit trail (issue 7): every change of the program's data is recorded in the transaction
 * that makes it (so the trail never disagrees with the data), and everything that lets data out
 * or shows small numbers in a small transaction of its own. Entries carry the time of the
 * injected clock and the operating-system user; they are never changed or removed.
 */
public final class AuditTrail implements Audit {
    /** The operating-system user running PeerPulse, as Java reports it. */
    public static final Supplier<String> SYSTEM_USER = () -> System.getProperty("user.name");

    private final AuditRepository entries;
    private final SiteRepository sites;
    private final WaveRepository waves;
    private final Clock clock;
    private final Supplier<String> user;

    AuditTrail(AuditRepository entries, SiteRepository sites, WaveRepository waves, Clock clock,
               Supplier<String> user) {
        this.entries = entries;
        this.sites = sites;
        this.waves = waves;
        this.clock = clock;
        this.user = user;
    }

    // --- recorded inside the transaction of the change ---

    /** A response entered, corrected or deleted one at a time ({@link EntryService}). */
    @Override
    public void record(Transaction tx, ResponseChange change) {
        Response response = change.after() != null ? change.after() : change.before();
        String what = "Response " + change.responseId() + " (" + place(tx, response) + ")";
        AuditAction action = switch (change.action()) {
            case ENTERED -> AuditAction.ENTRY;
            case CHANGED -> AuditAction.EDIT;
            case DELETED -> AuditAction.DELETE;
        };
        if (change.action() == Action.CHANGED) {
            what += ": " + ResponseDifferences.describe(change.before(), change.after(), r -> place(tx, r));
        }
        append(tx, action, what, 1L);
    }

    void imported(Transaction tx, ImportReport report) {
        StringBuilder what = new StringBuilder(report.file()).append(": ")
                .append(AuditAction.IMPORT.howMuch(report.added())).append(", ").append(report.duplicates())
                .append(report.duplicates() == 1 ? " duplicate skipped" : " duplicates skipped");
        if (report.unanswered() > 0) {
            what.append(", ").append(report.unanswered()).append(report.unanswered() == 1
                    ? " row with no answers skipped" : " rows with no answers skipped");
        }
        if (report.sameAnswers() > 0) {
            what.append(", ").append(report.sameAnswers()).append(report.sameAnswers() == 1
                    ? " added with the answers of a response stored before"
                    : " added with the answers of responses stored before");
        }
        if (!report.createdWaves().isEmpty()) {
            what.append("; new waves ").append(String.join(", ", report.createdWaves()));
        }
        if (!report.createdSites().isEmpty()) {
            what.append("; new sites ").append(String.join(", ", report.createdSites()));
        }
        append(tx, AuditAction.IMPORT, what.toString(), (long) report.added());
    }

    void demoLoaded(Transaction tx, long seed, int added, long replaced) {
        append(tx, AuditAction.IMPORT, "Demo program (seed " + seed + ")"
                + (replaced > 0 ? ", replacing the earlier demo's " + replaced + " responses" : ""), (long) added);
    }

    void demoRemoved(Transaction tx, long removed) {
        append(tx, AuditAction.DELETE, "Demo program removed", removed);
    }

    void merged(Transaction tx, Site from, Site into, long moved) {
        append(tx, AuditAction.MERGE, "Site " + describe(from) + " merged into " + describe(into)
                + " and deleted", moved);
    }

    void siteAdded(Transaction tx, Site site) {
        append(tx, AuditAction.SITE, "Site added: " + describe(site), null);
    }

    void siteChanged(Transaction tx, Site before, Site after) {
        append(tx, AuditAction.SITE, "Site changed: " + describe(before) + " → " + describe(after), null);
    }

    void siteArchived(Transaction tx, Site site, boolean archived) {
        append(tx, AuditAction.SITE, (archived ? "Site archived: " : "Site unarchived: ") + describe(site), null);
    }

    void waveAdded(Transaction tx, Wave wave) {
        append(tx, AuditAction.WAVE, "Wave added: " + describe(wave), null);
    }

    void waveChanged(Transaction tx, Wave before, Wave after) {
        append(tx, AuditAction.WAVE, "Wave changed: " + describe(before) + " → " + describe(after), null);
    }

    /** Records the settings that differ, old and new; records nothing when none does. */
    void settingsChanged(Transaction tx, ProgramSettings before, ProgramSettings after) {
        List<String> changes = new ArrayList<>();
        change(changes, "high-stress threshold", before.highStressThreshold(), after.highStressThreshold());
        change(changes, "minimum group size k", before.minGroupSize(), after.minGroupSize());
        change(changes, "alert level %", before.alertPercent(), after.alertPercent());
        if (!changes.isEmpty()) {
            append(tx, AuditAction.SETTINGS, "Settings: " + String.join("; ", changes), (long) changes.size());
        }
    }

    // --- recorded on their own: nothing in the database changes ---

    /**
     * A file that left the program: {@code what} (e.g. "Trends") written to {@code file}.
     *
     * @param rows the rows written, or null for an image
     */
    public void exported(String what, Path file, Long rows) {
        entries.append(entry(AuditAction.EXPORT, what + " → " + file.toAbsolutePath(), rows));
    }

    /**
     * A report written: its file, its number of pages and the filters it was made with (sites,
     * waves…, as the user chose them). For the report feature to call once its file is complete.
     */
    public void reportMade(Path file, int pages, String filters) {
        String chosen = filters == null || filters.isBlank() ? "all sites and waves" : filters.strip();
        entries.append(entry(AuditAction.REPORT, file.toAbsolutePath() + " (" + chosen + ")", (long) pages));
    }

    /**
     * A switch of "show small numbers (internal use)" on or off.
     *
     * @param where where it happened: "on screen", or the command that was run
     */
    public void smallNumbersSwitched(boolean shown, String where) {
        entries.append(entry(AuditAction.SMALL_NUMBERS,
                (shown ? "Small numbers shown " : "Small numbers hidden ") + where, null));
    }

    /** A backup written: a copy of every response left the program as one file. */
    public void backedUp(Path file, long responses) {
        entries.append(entry(AuditAction.BACKUP, "Backup → " + file.toAbsolutePath(), responses));
    }

    /** Written into the program a backup restored: which backup, and where the replaced program was kept. */
    public void restored(Path backup, long responses, java.util.Optional<Path> replacedKeptAt) {
        entries.append(entry(AuditAction.RESTORE, "Restored from " + backup.toAbsolutePath()
                + replacedKeptAt.map(p -> "; the program it replaced is kept as " + p.toAbsolutePath()).orElse(""),
                responses));
    }

    /** The program's password was changed (or the program encrypted). */
    public void passwordChanged() {
        entries.append(entry(AuditAction.SETTINGS, "Password changed", 1L));
    }

    private void append(Transaction tx, AuditAction action, String what, Long howMuch) {
        entries.append(tx, entry(action, what, howMuch));
    }

    private AuditEntry entry(AuditAction action, String what, Long howMuch) {
        return new AuditEntry(0, OffsetDateTime.now(clock), user.get(), action, what, howMuch);
    }

    private String place(Transaction tx, Response response) {
        String site = sites.all(tx).stream().filter(s -> s.id().equals(response.site())).map(Site::name)
                .findFirst().orElse("site " + response.site().value());
        String wave = waves.all(tx).stream().filter(w -> w.id().equals(response.wave())).map(Wave::label)
                .findFirst().orElse(String.valueOf(response.wave().value()));
        return site + ", wave " + wave;
    }

    private static String describe(Site site) {
        List<String> parts = new ArrayList<>();
        if (site.code() != null) {
            parts.add(site.code());
        }
        if (site.region() != null) {
            parts.add(site.region());
        }
        parts.add(site.setting().code());
        return "“" + site.name() + "” (" + String.join(", ", parts) + ")";
    }

    private static String describe(Wave wave) {
        return "“" + wave.label() + "”" + (wave.date() == null ? "" : " (" + wave.date() + ")");
    }

    private static void change(List<String> changes, String name, int before, int after) {
        if (before != after) {
            changes.add(name + " " + before + " → " + after);
        }
    }

    /** Which parts of a corrected response changed (item codes, never the answers themselves). */
    static final class ResponseDifferences {
        private ResponseDifferences() {
        }

        static String describe(Response before, Response after, java.util.function.Function<Response, String> place) {
            List<String> changed = new ArrayList<>();
            if (!place.apply(before).equals(place.apply(after))) {
                changed.add("moved from " + place.apply(before));
            }
            if (!Objects.equals(before.respondent(), after.respondent())) {
                changed.add("respondent code");
            }
            if (!Objects.equals(before.submitted(), after.submitted())) {
                changed.add("date");
            }
            TreeSet<String> items = new TreeSet<>(before.answers().keySet());
            items.addAll(after.answers().keySet());
            items.removeIf(item -> Objects.equals(before.answers().get(item), after.answers().get(item)));
            if (!items.isEmpty()) {
                changed.add("answers " + String.join(", ", items));
            }
            return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
        }
    }
}
