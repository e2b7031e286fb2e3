package org.peerpulse.domain;

import java.util.Objects;

/** A response as it is stored, with the id by which it can be edited or deleted. */
public record StoredResponse(long id, Response response) {
    public StoredResponse {
        Objects.requireNonNull(response, "response");
    }

    /** How many items were answered (the comment included). */
    public int answered() {
        return response.answers().size();
    }
}
