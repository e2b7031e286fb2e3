package org.peerpulse.storage;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps a backup apart from write transactions. H2's {@code BACKUP TO} copies the file as it is,
 * and a copy taken while another transaction had written but not committed could hold some of that
 * transaction's rows after a restore (a summary row without its responses). Any number of
 * transactions pass together; a backup waits until none is open, and new ones wait for it.
 */
final class WriteGate {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Enters for one transaction; the returned action leaves, on the same thread. */
    Runnable enter() {
        lock.readLock().lock();
        return lock.readLock()::unlock;
    }

    /**
     * Runs {@code work} while no transaction is open. The calling thread's own open transactions are
     * let through: the only one is an import's, whose automatic backup is taken before its first write.
     */
    <T> T alone(Supplier<T> work) {
        int own = lock.getReadHoldCount();
        for (int i = 0; i < own; i++) {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
            for (int i = 0; i < own; i++) {
                lock.readLock().lock();
            }
        }
    }
}
