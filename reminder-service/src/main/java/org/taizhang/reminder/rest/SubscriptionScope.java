package org.taizhang.reminder.rest;

import io.quarkus.security.ForbiddenException;
import org.taizhang.platform.security.Caller;
import org.taizhang.reminder.entity.Subscription;

/**
 * Who may see and manage which subscriptions: the office all, auditors read all, a unit's staff only their own unit's
 * (never a region's). Asking for more is refused rather than silently narrowed.
 */
final class SubscriptionScope {

    private SubscriptionScope() {}

    /** The unit filter of a list: as asked for the office and auditors, the caller's own unit for a unit. */
    static String listFilter(String unitId, String regionCode, Caller caller) {
        if (caller.hasRole(Caller.OFFICE) || caller.hasRole(Caller.AUDITOR)) {
            return unitId;
        }
        String own = ownUnit(caller);
        if ((unitId != null && !unitId.isBlank() && !unitId.trim().equals(own))
                || (regionCode != null && !regionCode.isBlank())) {
            throw new ForbiddenException("Unit " + own + " may only read its own subscriptions");
        }
        return own;
    }

    static void requireReadable(Subscription subscription, Caller caller) {
        if (!caller.hasRole(Caller.OFFICE) && !caller.hasRole(Caller.AUDITOR)) {
            requireOwn(subscription.unitId, subscription.regionCode, caller);
        }
    }

    /** Refuses managing a subscription of that unit or region. */
    static void requireManageable(String unitId, String regionCode, Caller caller) {
        if (!caller.hasRole(Caller.OFFICE)) {
            requireOwn(unitId, regionCode, caller);
        }
    }

    private static void requireOwn(String unitId, String regionCode, Caller caller) {
        String own = ownUnit(caller);
        if ((regionCode != null && !regionCode.isBlank())
                || unitId == null
                || !unitId.trim().equals(own)) {
            throw new ForbiddenException("Unit " + own + " may only manage its own unit's subscriptions");
        }
    }

    private static String ownUnit(Caller caller) {
        if (!caller.hasRole(Caller.UNIT)) {
            throw new ForbiddenException("No role that manages subscriptions");
        }
        return caller.unitId().orElseThrow(() -> new ForbiddenException("Token has no unit_id"));
    }
}
