package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps evidence bytes in the file's own row ({@code evidence_file.content}), committed or rolled back with it; the
 * default store, chosen by {@link EvidenceStores}.
 */
@ApplicationScoped
@Typed(PostgresEvidenceStore.class)
public class PostgresEvidenceStore implements EvidenceStore {

    private final EntityManager entityManager;

    public PostgresEvidenceStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(UUID fileId, byte[] content) {
        // The description was persisted through Hibernate; flush so that the row exists for the UPDATE.
        entityManager.flush();
        int updated = entityManager
                .createNativeQuery("UPDATE evidence_file SET content = :content WHERE id = :id")
                .setParameter("content", content)
                .setParameter("id", fileId)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No evidence file " + fileId + " to keep the content of");
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] get(UUID fileId) {
        return (byte[]) entityManager
                .createNativeQuery("SELECT content FROM evidence_file WHERE id = :id")
                .setParameter("id", fileId)
                .getSingleResult();
    }
}
