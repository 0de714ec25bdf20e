package org.taizhang.assignment.service;

import io.quarkus.logging.Log;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import org.taizhang.assignment.objectstore.ObjectStoreException;
import org.taizhang.assignment.objectstore.S3Client;

/**
 * Keeps evidence bytes in an S3-compatible bucket under {@code <prefix><file id>}; the file's description stays in
 * PostgreSQL. The object is written before the description commits, and removed again when that transaction rolls
 * back, so a file that is not in the database is never left behind to be found. Only a crash between the upload and
 * the commit, or a failed removal (logged), leaves an orphaned object, which no row names and no download reaches.
 */
public class S3EvidenceStore implements EvidenceStore {

    private final S3Client client;
    private final String prefix;
    private final TransactionSynchronizationRegistry transactions;

    public S3EvidenceStore(S3Client client, String prefix, TransactionSynchronizationRegistry transactions) {
        this.client = client;
        this.prefix = prefix;
        this.transactions = transactions;
    }

    @Override
    public void put(UUID fileId, byte[] content) {
        String key = key(fileId);
        // Registered before the upload: a rollback removes whatever part of it arrived.
        transactions.registerInterposedSynchronization(new RemoveOnRollback(key));
        try {
            client.put(key, content, "application/octet-stream");
        } catch (ObjectStoreException e) {
            throw unavailable(e);
        }
    }

    @Override
    public byte[] get(UUID fileId) {
        String key = key(fileId);
        try {
            return client.get(key)
                    .orElseThrow(() -> new IllegalStateException("Evidence file " + fileId + " has no object " + key));
        } catch (ObjectStoreException e) {
            throw unavailable(e);
        }
    }

    String key(UUID fileId) {
        return prefix + fileId;
    }

    private static RuntimeException unavailable(ObjectStoreException e) {
        if (!e.transientFailure()) {
            return e;
        }
        Log.warnf("Evidence store unavailable: %s", e.getMessage());
        return new EvidenceStoreUnavailableException(e);
    }

    /** Removes the object of a file whose description was not committed. */
    private final class RemoveOnRollback implements Synchronization {

        private final String key;

        RemoveOnRollback(String key) {
            this.key = key;
        }

        @Override
        public void beforeCompletion() {
            // the object is already there; only the outcome matters
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                return;
            }
            try {
                client.delete(key);
            } catch (RuntimeException e) {
                Log.warnf(
                        "Orphaned evidence object %s: its transaction rolled back and removing it failed: %s", key, e);
            }
        }
    }
}
