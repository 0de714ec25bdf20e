package org.taizhang.assignment.service;

import java.util.UUID;

/**
 * Where evidence files' bytes are kept, by file id, in the transaction that records the file's description. The
 * PostgreSQL store is the default; an S3-compatible one can take its place by configuration where a deployment has one.
 */
public interface EvidenceStore {

    /** Keeps the bytes of a file whose description row was just written in this transaction. */
    void put(UUID fileId, byte[] content);

    /** The bytes of a stored file. */
    byte[] get(UUID fileId);
}
