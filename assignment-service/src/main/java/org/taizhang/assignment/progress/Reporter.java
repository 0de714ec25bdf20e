package org.taizhang.assignment.progress;

import java.util.Optional;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.platform.region.RegionCodes;

/**
 * Who acts on assignments and over which data: the office everything, a unit's staff their own unit, a county system
 * the units inside its region; auditors and anyone else nothing.
 */
public record Reporter(String subject, Via via, String unitId, String region) {

    /** The channel a report came through, kept with the report. */
    public enum Via {
        OFFICE,
        UNIT,
        INTEGRATION,
        NONE
    }

    public boolean office() {
        return via == Via.OFFICE;
    }

    /** Whether this caller may change the assignments of the given unit, and if not why. */
    public Optional<Rejection> mayActOn(String assignmentUnitId, String assignmentRegion) {
        return switch (via) {
            case OFFICE -> Optional.empty();
            case UNIT ->
                unitId != null && unitId.equals(assignmentUnitId)
                        ? Optional.empty()
                        : denied("unit " + unitId + " may not act on the assignments of unit " + assignmentUnitId);
            case INTEGRATION ->
                region != null && RegionCodes.contains(region, assignmentRegion)
                        ? Optional.empty()
                        : denied("region " + region + " may not act on units of region " + assignmentRegion);
            case NONE -> denied("no role that reports progress");
        };
    }

    private static Optional<Rejection> denied(String message) {
        return Optional.of(Rejection.of(Reason.NOT_YOURS, message));
    }
}
