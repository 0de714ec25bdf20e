package org.taizhang.assignment.rest;

import io.quarkus.security.ForbiddenException;
import org.taizhang.assignment.service.BatchQuery;
import org.taizhang.platform.security.Caller;

/**
 * Which logged batches a caller sees: the office and auditors every batch, a unit's staff the batches pushed by staff
 * of their unit, a county system the batches it pushed itself (by its token subject, its client id). Asking the list
 * for another pusher's batches is refused, as for assignments; one batch out of scope reads as none at all.
 */
final class BatchScope {

    private BatchScope() {}

    /** The caller's scope alone, with no filter: for reading one batch. */
    static BatchQuery of(Caller caller) {
        return restrict(new BatchQuery(null, null, null, 0, 1), caller);
    }

    /** The list query as the caller may run it. */
    static BatchQuery restrict(BatchQuery query, Caller caller) {
        if (caller.hasRole(Caller.OFFICE) || caller.hasRole(Caller.AUDITOR)) {
            return query;
        }
        if (caller.hasRole(Caller.UNIT)) {
            String own = caller.unitId().orElseThrow(() -> new ForbiddenException("Token has no unit_id"));
            return new BatchQuery(query.reporter(), own, query.since(), query.page(), query.size());
        }
        if (caller.hasRole(Caller.INTEGRATION)) {
            String own = caller.subject();
            if (query.reporter() != null && !query.reporter().equals(own)) {
                throw new ForbiddenException(own + " may not read the batches of " + query.reporter());
            }
            return new BatchQuery(own, query.unitId(), query.since(), query.page(), query.size());
        }
        throw new ForbiddenException("No role that reads batches");
    }
}
