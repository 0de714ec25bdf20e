package org.taizhang.assignment.rest;

import io.quarkus.security.ForbiddenException;
import java.util.Optional;
import java.util.function.Function;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.service.AssignmentQuery;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.platform.security.Caller;

/**
 * Narrows a query to what the caller may see: a unit's staff their own unit, a county system the units inside its
 * region, the office and auditors everything. Asking for more is refused rather than silently narrowed.
 */
final class AssignmentScope {

    private AssignmentScope() {}

    /** Refuses reading one assignment the caller may not see. */
    static void requireReadable(Assignment assignment, Caller caller) {
        requireReadable(assignment.unitId, assignment.regionCode, caller);
    }

    /** Refuses reading a unit's data the caller may not see. */
    static void requireReadable(String unitId, String regionCode, Caller caller) {
        if (caller.hasRole(Caller.AUDITOR)) {
            return;
        }
        Reporters.of(caller).mayActOn(unitId, regionCode).ifPresent(denied -> {
            throw new ForbiddenException(denied.message());
        });
    }

    /**
     * The query as the caller may run it; {@code unitRegion} gives a named unit's region code, so that a county system
     * naming a unit outside its region is refused rather than answered with an empty page.
     */
    static AssignmentQuery restrict(
            AssignmentQuery query, Caller caller, Function<String, Optional<String>> unitRegion) {
        if (caller.hasRole(Caller.OFFICE) || caller.hasRole(Caller.AUDITOR)) {
            return query;
        }
        if (caller.hasRole(Caller.UNIT)) {
            String own = caller.unitId().orElseThrow(() -> new ForbiddenException("Token has no unit_id"));
            if (query.unitId() != null && !query.unitId().equals(own)) {
                throw new ForbiddenException("Unit " + own + " may not read unit " + query.unitId());
            }
            return query.withUnit(own);
        }
        if (caller.hasRole(Caller.INTEGRATION)) {
            String region = caller.region().orElseThrow(() -> new ForbiddenException("Token has no region"));
            String asked = query.regionCode() == null || query.regionCode().isBlank() ? region : query.regionCode();
            if (!RegionCodes.contains(region, asked)) {
                throw new ForbiddenException("Region " + region + " may not read region " + asked);
            }
            if (query.unitId() != null && !query.unitId().isBlank()) {
                unitRegion
                        .apply(query.unitId().trim())
                        .filter(code -> !RegionCodes.contains(region, code))
                        .ifPresent(code -> {
                            throw new ForbiddenException("Region " + region + " may not read unit " + query.unitId());
                        });
            }
            return query.withRegion(asked);
        }
        throw new ForbiddenException("No role that reads assignments");
    }
}
