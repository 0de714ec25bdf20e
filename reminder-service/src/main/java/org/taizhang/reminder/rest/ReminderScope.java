package org.taizhang.reminder.rest;

import io.quarkus.security.ForbiddenException;
import java.util.Optional;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.platform.security.Caller;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.service.ReminderHistory;
import org.taizhang.reminder.service.ReminderQuery;

/**
 * Narrows the reminder history to what the caller may see: a unit's staff their own unit's (as subject or recipient),
 * a county system the units of its region, the office and auditors everything. Asking for others' is a 403: a county
 * system naming a unit whose tracked assignments lie outside its region is refused, not answered with an empty page.
 */
final class ReminderScope {

    private ReminderScope() {}

    static ReminderQuery restrict(ReminderQuery query, Caller caller, ReminderHistory history) {
        if (caller.hasRole(Caller.OFFICE) || caller.hasRole(Caller.AUDITOR)) {
            return query;
        }
        if (caller.hasRole(Caller.UNIT)) {
            String own = caller.unitId().orElseThrow(() -> new ForbiddenException("Token has no unit_id"));
            if (given(query.unitId()) && !query.unitId().trim().equals(own)) {
                throw new ForbiddenException("Unit " + own + " may not read unit " + query.unitId());
            }
            assignment(query, history).filter(a -> !own.equals(a.unitId)).ifPresent(a -> {
                throw new ForbiddenException("Assignment " + a.assignmentId + " is another unit's");
            });
            return query.withUnit(own);
        }
        if (caller.hasRole(Caller.INTEGRATION)) {
            String region = caller.region().orElseThrow(() -> new ForbiddenException("Token has no region"));
            String asked = given(query.regionCode()) ? query.regionCode().trim() : region;
            if (!RegionCodes.contains(region, asked)) {
                throw new ForbiddenException("Region " + region + " may not read region " + asked);
            }
            if (given(query.unitId())) {
                String unit = query.unitId().trim();
                history.regionsOfUnit(unit).stream()
                        .filter(code -> !RegionCodes.contains(region, code))
                        .findFirst()
                        .ifPresent(code -> {
                            throw new ForbiddenException(
                                    "Unit " + unit + " of region " + code + " is outside " + region);
                        });
            }
            assignment(query, history)
                    .filter(a -> !RegionCodes.contains(region, a.regionCode))
                    .ifPresent(a -> {
                        throw new ForbiddenException("Assignment " + a.assignmentId + " is outside " + region);
                    });
            return query.withRegion(asked);
        }
        throw new ForbiddenException("No role that reads reminders");
    }

    /** A single reminder, by the same rule as the list: the unit's own (as subject or recipient), the region's. */
    static void requireReadable(Reminder reminder, Caller caller) {
        if (caller.hasRole(Caller.OFFICE) || caller.hasRole(Caller.AUDITOR)) {
            return;
        }
        if (caller.hasRole(Caller.UNIT)) {
            String own = caller.unitId().orElseThrow(() -> new ForbiddenException("Token has no unit_id"));
            if (own.equals(reminder.unitId) || own.equals(reminder.recipientUnitId)) {
                return;
            }
        } else if (caller.hasRole(Caller.INTEGRATION)) {
            String region = caller.region().orElseThrow(() -> new ForbiddenException("Token has no region"));
            if (RegionCodes.contains(region, reminder.regionCode)) {
                return;
            }
        }
        throw new ForbiddenException("Reminder " + reminder.id + " is about another unit or region");
    }

    private static Optional<TrackedAssignment> assignment(ReminderQuery query, ReminderHistory history) {
        return given(query.assignmentId())
                ? history.assignment(query.assignmentId().trim())
                : Optional.empty();
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
