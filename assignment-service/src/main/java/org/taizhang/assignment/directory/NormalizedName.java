package org.taizhang.assignment.directory;

import java.util.Optional;

/**
 * A unit name taken apart: the place it names ({@code 郎溪县}), the bare level prefix ({@code 市}, {@code 县},
 * {@code 区}) and the core name with standard abbreviations expanded ({@code 发展和改革委员会}). At most one of place
 * and prefix is set.
 */
public record NormalizedName(String place, String prefix, String core) {

    public NormalizedName {
        place = place == null ? "" : place;
        prefix = prefix == null ? "" : prefix;
        core = core == null ? "" : core;
    }

    /** The comparison key: equal keys name the same unit relative to the same region. */
    public String key() {
        return place + prefix + core;
    }

    public boolean isEmpty() {
        return core.isEmpty();
    }

    /** The level the bare prefix asks for: 市 a city's unit, 县 or 区 a county-level unit. */
    public Optional<UnitLevel> prefixLevel() {
        return switch (prefix) {
            case "市" -> Optional.of(UnitLevel.CITY);
            case "县", "区" -> Optional.of(UnitLevel.COUNTY);
            default -> Optional.empty();
        };
    }
}
