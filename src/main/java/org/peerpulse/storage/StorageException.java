package org.peerpulse.storage;

/** A database problem, with what PeerPulse was doing when it happened. */
public class StorageException extends RuntimeException {
    public StorageException(String doing, Throwable cause) {
        super("Could not " + doing + ": " + cause.getMessage(), cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
