package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.List;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Unit;

/** A unit of the directory as JSON. */
public record UnitView(
        String id,
        String name,
        List<String> aliases,
        UnitKind kind,
        UnitLevel level,
        String regionCode,
        String parentId,
        String updatedBy,
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
