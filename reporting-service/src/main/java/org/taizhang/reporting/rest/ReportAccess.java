package org.taizhang.reporting.rest;

import io.quarkus.security.ForbiddenException;
import java.util.function.Predicate;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.platform.security.Caller;
import org.taizhang.reporting.model.AssignmentFacts;

/**
 * Who reads what. Office and auditors read everything. Unit staff and county systems read plan-level figures of
 * published plans; below that, unit staff see their own unit only and county systems the units of their region.
 * Asking for more is refused (403), never silently narrowed, except where a list is narrowed by default.
 */
final class ReportAccess {

    private ReportAccess() {}

    static boolean readsAll(Caller caller) {
        return caller.hasRole(Caller.OFFICE) || caller.hasRole(Caller.AUDITOR);
    }

    /** Plan-level figures: every role that reads reports. */
    static void requirePlanReader(Caller caller) {
        if (!readsAll(caller) && !caller.hasRole(Caller.UNIT) && !caller.hasRole(Caller.INTEGRATION)) {
            throw new ForbiddenException("No role that reads reports");
        }
    }

    /** Refuses a unit's own data to anyone but the unit, its region's system, the office and auditors. */
    static void requireUnit(Caller caller, String unitId, String regionCode) {
        if (readsAll(caller)) {
            return;
        }
        if (caller.hasRole(Caller.UNIT)) {
            String own = ownUnit(caller);
            if (!own.equals(unitId)) {
                throw new ForbiddenException("Unit " + own + " may not read unit " + unitId);
            }
        } else if (caller.hasRole(Caller.INTEGRATION)) {
            String region = ownRegion(caller);
            if (regionCode != null && !RegionCodes.contains(region, regionCode)) {
                throw new ForbiddenException("Region " + region + " may not read a unit of region " + regionCode);
            }
        } else {
            throw new ForbiddenException("No role that reads unit reports");
        }
    }

    /** The unit a list is narrowed to: a unit's own (another is refused), else the one asked for. */
    static String unitFilter(Caller caller, String asked) {
        if (caller.hasRole(Caller.UNIT) && !readsAll(caller)) {
            String own = ownUnit(caller);
            if (asked != null && !asked.equals(own)) {
                throw new ForbiddenException("Unit " + own + " may not read unit " + asked);
            }
            return own;
        }
        return asked;
    }

    /** The region a list is narrowed to: a county system's own or one inside it (another is refused). */
    static String regionFilter(Caller caller, String asked) {
        if (caller.hasRole(Caller.INTEGRATION) && !readsAll(caller)) {
            String region = ownRegion(caller);
            if (asked != null && !RegionCodes.contains(region, asked)) {
                throw new ForbiddenException("Region " + region + " may not read region " + asked);
            }
            return asked == null ? region : asked;
        }
        return asked;
    }

    /** Which units' rows of a task the caller sees. */
    static Predicate<AssignmentFacts> visibleUnits(Caller caller) {
        if (readsAll(caller)) {
            return a -> true;
        }
        if (caller.hasRole(Caller.UNIT)) {
            String own = ownUnit(caller);
            return a -> own.equals(a.unitId());
        }
        if (caller.hasRole(Caller.INTEGRATION)) {
            String region = ownRegion(caller);
            return a -> RegionCodes.contains(region, a.regionCode());
        }
        return a -> false;
    }

    private static String ownUnit(Caller caller) {
        return caller.unitId().orElseThrow(() -> new ForbiddenException("Token has no unit_id"));
    }

    private static String ownRegion(Caller caller) {
        return caller.region().orElseThrow(() -> new ForbiddenException("Token has no region"));
    }
}
