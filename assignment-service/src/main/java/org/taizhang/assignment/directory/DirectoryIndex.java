package org.taizhang.assignment.directory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.platform.region.RegionCodes;

/** Lookup tables over the directory: by cleaned name, by canonical core, and the region of every place name seen. */
final class DirectoryIndex {

    private final UnitNameNormalizer normalizer;
    private final Map<String, Set<DirectoryUnit>> byName = new HashMap<>();
    private final Map<String, Set<DirectoryUnit>> byCore = new HashMap<>();
    private final Map<String, Set<String>> regionsByPlace = new HashMap<>();
    private final List<String> placesLongestFirst;

    DirectoryIndex(List<DirectoryUnit> units, UnitNameNormalizer normalizer) {
        this.normalizer = normalizer;
        // Places first: a unit named 郎溪县某某中心 is only understood once 郎溪县 is known from another unit.
        units.forEach(this::collectPlaces);
        placesLongestFirst = regionsByPlace.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        units.forEach(this::indexNames);
    }

    /** Units whose name or alias equals the name after cleaning. */
    Set<DirectoryUnit> byName(String name) {
        return byName.getOrDefault(normalizer.clean(name), Set.of());
    }

    /** Units any of whose names has this canonical core. */
    Set<DirectoryUnit> byCore(String core) {
        return byCore.getOrDefault(core, Set.of());
    }

    /** Significant region codes of the units whose names begin with this place. */
    Set<String> regionsOf(String place) {
        return regionsByPlace.getOrDefault(place, Set.of());
    }

    /** Takes a name apart like the normaliser, also recognising the directory's own place names. */
    NormalizedName parse(String name) {
        NormalizedName parsed = normalizer.normalize(name);
        if (!parsed.place().isEmpty() || !parsed.prefix().isEmpty()) {
            return parsed;
        }
        String text = normalizer.clean(name);
        for (String place : placesLongestFirst) {
            if (text.length() > place.length() && text.startsWith(place)) {
                return new NormalizedName(place, "", normalizer.canonicalCore(text.substring(place.length())));
            }
        }
        return parsed;
    }

    private void collectPlaces(DirectoryUnit unit) {
        String region = RegionCodes.significant(unit.regionCode());
        if (region.isEmpty()) {
            return;
        }
        for (String name : unit.allNames()) {
            String place = normalizer.normalize(name).place();
            if (!place.isEmpty()) {
                regionsByPlace
                        .computeIfAbsent(place, p -> new LinkedHashSet<>())
                        .add(region);
            }
        }
    }

    private void indexNames(DirectoryUnit unit) {
        for (String name : unit.allNames()) {
            String cleaned = normalizer.clean(name);
            if (!cleaned.isEmpty()) {
                byName.computeIfAbsent(cleaned, n -> new LinkedHashSet<>()).add(unit);
            }
            NormalizedName parsed = parse(name);
            if (!parsed.isEmpty()) {
                byCore.computeIfAbsent(parsed.core(), c -> new LinkedHashSet<>())
                        .add(unit);
            }
        }
    }
}
