package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Unit;

/** A unit of the directory as JSON. */
@Schema(description = "A unit of the directory")
public record UnitView(
        @Schema(description = "The unit's stable id, the unit_id claim of its staff's tokens, e.g. 341800-fgw")
        String id,

        @Schema(description = "The unit's full name, e.g. 宣城市发展和改革委员会")
        String name,

        @Schema(description = "Other names it goes by (abbreviations such as 市发改委); names resolve through them")
        List<String> aliases,

        @Schema(description = "What sort of body it is") UnitKind kind,

        @Schema(description = "The administrative level it belongs to")
        UnitLevel level,

        @Schema(
                description = "The region it belongs to: an administrative"
                        + " division code, 6 digits (e.g. 341821), 9 or 12 for a town")
        String regionCode,

        @Schema(description = "The id of the unit it sits under (e.g. a county government); null at the top")
        String parentId,

        @Schema(description = "The subject of the account that changed it last")
        String updatedBy,

        @Schema(description = "When it was changed last: a UTC instant (ISO-8601), e.g. 2026-05-20T02:00:00Z")
        Instant updatedAt) {

    public static UnitView from(Unit unit) {
        return new UnitView(
                unit.id,
                unit.name,
                List.copyOf(unit.aliases),
                unit.kind,
                unit.level,
                unit.regionCode,
                unit.parentId,
                unit.updatedBy,
                unit.updatedAt);
    }
}
