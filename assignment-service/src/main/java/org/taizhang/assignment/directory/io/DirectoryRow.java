package org.taizhang.assignment.directory.io;

import java.util.List;
import org.taizhang.assignment.directory.DirectoryUnit;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

/** One unit as a directory file holds it; {@code parentId} is null for a unit without parent. */
public record DirectoryRow(
        String id,
        String name,
        List<String> aliases,
        UnitKind kind,
        UnitLevel level,
        String regionCode,
        String parentId) {

    public DirectoryRow {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static DirectoryRow from(DirectoryUnit unit) {
        return new DirectoryRow(
                unit.id(), unit.name(), unit.aliases(), unit.kind(), unit.level(), unit.regionCode(), unit.parentId());
    }
}
