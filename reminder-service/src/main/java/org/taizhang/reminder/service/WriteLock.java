package org.taizhang.reminder.service;

import org.taizhang.reminder.entity.StoredPolicy;

/**
 * Serialises writers of one named thing (a policy scope, a calendar year) with a PostgreSQL advisory lock held until
 * the transaction ends, so that two first writes cannot both insert and one fail on the unique key.
 */
final class WriteLock {

    private WriteLock() {}

    static void acquire(String name) {
        StoredPolicy.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                .setParameter(1, "reminder-service:" + name)
                .getSingleResult();
    }
}
