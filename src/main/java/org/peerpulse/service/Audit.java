package org.peerpulse.service;

import org.peerpulse.domain.Response;
import org.peerpulse.storage.Transaction;

/**
 * Where changes to stored responses are reported, inside the transaction that makes them, so a
 * trail can never disagree with the data. {@link AuditTrail} writes them to the audit trail;
 * {@link #NONE} records nothing (for tests of the entry rules alone).
 */
@FunctionalInterface
public interface Audit {
    /** Records nothing. */
    Audit NONE = (tx, change) -> {
    };

    enum Action { ENTERED, CHANGED, DELETED }

    /**
     * One change to one response.
     *
     * @param before null for {@link Action#ENTERED}
     * @param after  null for {@link Action#DELETED}
     */
    record ResponseChange(Action action, long responseId, Response before, Response after) {
    }

    void record(Transaction tx, ResponseChange change);
}
