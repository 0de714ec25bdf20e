package org.taizhang.assignment.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.taizhang.platform.region.RegionCodes;

/**
 * Resolves a unit name as written in a plan to a unit of the directory, relative to the plan's region.
 *
 * <p>Rules: a name equal to a unit's name or alias (after cleaning) wins; otherwise names compare by canonical core
 * (see {@link UnitNameNormalizer}). Only units in the plan region, or in a region enclosing it, are considered. A place
 * name (郎溪县财政局) picks the units of the region that place names. A bare prefix picks the level: 市 the city
 * enclosing the plan region, 县/区 the county enclosing it, or any county inside a city or province plan (then usually
 * ambiguous). Among several fitting units, the one at the plan region itself is preferred, so that an unprefixed 财政局
 * in a county plan is the county's. A county-level city's plan may call itself 市: 市财政局 falls back to the plan
 * region's own unit when the enclosing city has none.
 */
public final class UnitResolver {

    private static final Comparator<DirectoryUnit> BY_ID = Comparator.comparing(DirectoryUnit::id);

    private final DirectoryIndex index;

    public UnitResolver(List<DirectoryUnit> units) {
        this(units, UnitNameNormalizer.standard());
    }

    public UnitResolver(List<DirectoryUnit> units, UnitNameNormalizer normalizer) {
        this.index = new DirectoryIndex(List.copyOf(units), normalizer);
    }

    /** Resolves {@code name} as written in a plan of {@code regionCode}; a blank or invalid region scopes nothing. */
    public Resolution resolve(String name, String regionCode) {
        String region = RegionCodes.significant(regionCode);
        Optional<Resolution> exact = choose(inScope(index.byName(name), region), region);
        if (exact.isPresent()) {
            return exact.get();
        }
        NormalizedName parsed = index.parse(name);
        if (parsed.isEmpty()) {
            return new Resolution.Unknown(name);
        }
        return choose(candidates(parsed, region), region).orElseGet(() -> new Resolution.Unknown(name));
    }

    private List<DirectoryUnit> candidates(NormalizedName parsed, String region) {
        Set<DirectoryUnit> units = index.byCore(parsed.core());
        if (!parsed.place().isEmpty()) {
            Set<String> regions = index.regionsOf(parsed.place());
            return units.stream()
                    .filter(unit -> regions.contains(RegionCodes.significant(unit.regionCode())))
                    .toList();
        }
        return parsed.prefixLevel().map(level -> atLevel(units, level, region)).orElseGet(() -> inScope(units, region));
    }

    private static List<DirectoryUnit> atLevel(Collection<DirectoryUnit> units, UnitLevel level, String region) {
        List<DirectoryUnit> ofLevel =
                units.stream().filter(unit -> unit.effectiveLevel() == level).toList();
        if (region.isEmpty()) {
            return ofLevel;
        }
        Optional<String> enclosing = RegionLevels.truncate(region, level);
        if (enclosing.isEmpty()) {
            return ofLevel.stream()
                    .filter(unit -> RegionCodes.contains(region, unit.regionCode()))
                    .toList();
        }
        List<DirectoryUnit> found = ofLevel.stream()
                .filter(unit -> RegionCodes.same(enclosing.get(), unit.regionCode()))
                .toList();
        if (found.isEmpty() && level == UnitLevel.CITY) {
            return units.stream()
                    .filter(unit -> RegionCodes.same(region, unit.regionCode()))
                    .toList();
        }
        return found;
    }

    private static List<DirectoryUnit> inScope(Collection<DirectoryUnit> units, String region) {
        if (region.isEmpty()) {
            return List.copyOf(units);
        }
        return units.stream()
                .filter(unit -> RegionCodes.significant(unit.regionCode()).isEmpty()
                        || RegionCodes.related(region, unit.regionCode()))
                .toList();
    }

    private static Optional<Resolution> choose(List<DirectoryUnit> candidates, String region) {
        List<DirectoryUnit> distinct =
                candidates.stream().distinct().sorted(BY_ID).toList();
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        if (distinct.size() == 1) {
            return Optional.of(new Resolution.Found(distinct.get(0)));
        }
        List<DirectoryUnit> own = distinct.stream()
                .filter(unit -> RegionCodes.same(region, unit.regionCode()))
                .toList();
        if (own.size() == 1) {
            return Optional.of(new Resolution.Found(own.get(0)));
        }
        return Optional.of(new Resolution.Ambiguous(distinct));
    }
}
