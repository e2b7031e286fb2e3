package org.peerpulse.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.io.AnswerRules;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.Transaction;
import org.peerpulse.storage.WaveRepository;

/**
 * Responses entered, corrected or removed one at a time (paper surveys). Each change is checked
 * against PSP-1's rules ({@link AnswerRules}), refused when its respondent code is already used in
 * the wave, and stored with its summaries and its audit record in one transaction.
 */
public final class EntryService {
    private final Database database;
    private final WaveRepository waves;
    private final ResponseRepository responses;
    private final Audit audit;

    EntryService(Database database, WaveRepository waves, ResponseRepository responses, Audit audit) {
        this.database = database;
        this.waves = waves;
        this.responses = responses;
        this.audit = audit;
    }

    /** Stores a new response; returns its id. */
    public long save(Response response) {
        requireValid(response);
        try (Transaction tx = database.begin()) {
            refuseDuplicate(tx, response, null);
            long id = responses.insert(tx, response);
            audit.record(tx, new Audit.ResponseChange(Audit.Action.ENTERED, id, null, response));
            tx.commit();
            return id;
        }
    }

    /** Replaces the stored response {@code id} with {@code response}. */
    public void update(long id, Response response) {
        requireValid(response);
        try (Transaction tx = database.begin()) {
            String before = responses.stored(tx, id).orElseThrow(() -> gone(id)).response().respondent();
            refuseDuplicate(tx, response, before);
            Response old = responses.update(tx, id, response).orElseThrow(() -> gone(id));
            audit.record(tx, new Audit.ResponseChange(Audit.Action.CHANGED, id, old, response));
            tx.commit();
        }
    }

    /** Deletes the stored response {@code id}. */
    public void delete(long id) {
        try (Transaction tx = database.begin()) {
            Response old = responses.delete(tx, id).orElseThrow(() -> gone(id));
            audit.record(tx, new Audit.ResponseChange(Audit.Action.DELETED, id, old, null));
            tx.commit();
        }
    }

    /** The stored responses of a site and wave, with their ids, in the order they were stored. */
    public List<StoredResponse> list(SiteId site, WaveId wave) {
        return responses.stored(site, wave);
    }

    /** The respondent codes already used in a wave, in lower case (codes match ignoring case). */
    public Set<String> respondentCodes(WaveId wave) {
        try (Transaction tx = database.begin()) {
            return responses.respondentCodes(tx, wave);
        }
    }

    /** Why a respondent code cannot be stored (contact details, too long), or empty. */
    public Optional<String> respondentProblem(String respondent) {
        return AnswerRules.respondentProblem(respondent);
    }

    /** Why a date on the paper cannot be stored, or empty. */
    public Optional<String> submittedProblem(String submitted) {
        return AnswerRules.submittedProblem(submitted);
    }

    private static void requireValid(Response response) {
        List<String> problems = AnswerRules.problems(response);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The response was not stored: " + String.join("; ", problems) + ".");
        }
    }

    /** {@code keep}: the code the response already had (an edit may keep its own code). */
    private void refuseDuplicate(Transaction tx, Response response, String keep) {
        String code = response.respondent();
        if (code == null || code.equalsIgnoreCase(keep == null ? "" : keep)
                || !responses.respondentCodes(tx, response.wave()).contains(code.toLowerCase(Locale.ROOT))) {
            return;
        }
        String wave = waves.all(tx).stream().filter(w -> w.id().equals(response.wave())).map(Wave::label)
                .findFirst().orElse("this wave");
        throw new IllegalArgumentException("The respondent code " + code + " is already used in wave " + wave
                + ": check the paper form, or leave the code blank if the worker did not give one.");
    }

    private static IllegalArgumentException gone(long id) {
        return new IllegalArgumentException("Response " + id + " is no longer stored; it may have been deleted.");
    }
}
