package org.taizhang.assignment.directory;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** One unit of the directory: canonical name, the other names it goes by, kind, level, region and parent. */
public record DirectoryUnit(
        String id,
        String name,
        List<String> aliases,
        UnitKind kind,
        UnitLevel level,
        String regionCode,
        String parentId) {

    public DirectoryUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null
                ? List.of()
                : aliases.stream().filter(Objects::nonNull).toList();
        kind = kind == null ? UnitKind.OTHER : kind;
    }

    /** The unit's level, falling back to the level its region code implies when none was given. */
    public UnitLevel effectiveLevel() {
        return level != null ? level : RegionLevels.levelOf(regionCode).orElse(null);
    }

    /** The canonical name followed by the aliases. */
    public List<String> allNames() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }
}
