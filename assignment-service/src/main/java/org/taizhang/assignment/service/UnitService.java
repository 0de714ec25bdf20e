package org.taizhang.assignment.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.taizhang.assignment.directory.Resolution;
import org.taizhang.assignment.directory.UnitResolver;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.platform.region.RegionCodes;

/** The unit directory: finding, adding, editing and removing units, and resolving the names plans use. */
@ApplicationScoped
public class UnitService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitPage list(UnitQuery query) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", "from Unit u where ", " order by u.regionCode, u.name");
        where.add("1 = 1");
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            where.add("u.regionCode like :region");
            params.put("region", RegionCodes.significant(query.regionCode().trim()) + "%");
        }
        if (query.kind() != null) {
            where.add("u.kind = :kind");
            params.put("kind", query.kind());
        }
        if (query.level() != null) {
            where.add("u.level = :level");
            params.put("level", query.level());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.add("(u.name like :text or exists (select 1 from Unit a join a.aliases alias"
                    + " where a.id = u.id and alias like :text))");
            params.put("text", "%" + query.text().trim() + "%");
        }
        var found = Unit.<Unit>find(where.toString(), params).page(Page.of(query.page(), query.size()));
        return new UnitPage(found.list(), query.page(), query.size(), found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit get(String id) {
        Unit unit = Unit.findById(id);
        if (unit == null) {
            throw new UnitNotFoundException(id);
        }
        return unit;
    }

    /** The unit's region code; empty for an id the directory does not know. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> regionOf(String id) {
        return Unit.<Unit>findByIdOptional(id).map(unit -> unit.regionCode);
    }

    @Transactional
    public Unit create(String id, UnitDetails details, String by) {
        if (Unit.findById(id) != null) {
            throw new DirectoryConflictException("Unit id " + id + " is taken");
        }
        Unit unit = new Unit();
        unit.id = id;
        apply(unit, details, by);
        unit.persist();
        return unit;
    }

    @Transactional
    public Unit update(String id, UnitDetails details, String by) {
        Unit unit = get(id);
        apply(unit, details, by);
        return unit;
    }

    @Transactional
    public void delete(String id) {
        Unit unit = get(id);
        if (Unit.count("parentId", id) > 0) {
            throw new DirectoryConflictException("Unit " + id + " has units under it; move or remove those first");
        }
        unit.delete();
    }

    /** What a name means in a plan's region: the unit, the candidates to choose from, or nothing known. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Resolution resolve(String name, String regionCode) {
        return new UnitResolver(
                        province(regionCode).stream().map(Unit::toDirectoryUnit).toList())
                .resolve(name, regionCode);
    }

    /** Every unit of the province the region lies in: a plan may name its own and its parent's units. */
    private static List<Unit> province(String regionCode) {
        String code = regionCode == null ? "" : regionCode.trim();
        return code.length() < 2 ? Unit.listAll() : Unit.list("regionCode like ?1", code.substring(0, 2) + "%");
    }

    private static void apply(Unit unit, UnitDetails details, String by) {
        String name = details.name().trim();
        if (Unit.count("regionCode = ?1 and name = ?2 and id <> ?3", details.regionCode(), name, unit.id) > 0) {
            throw new DirectoryConflictException(
                    "Region " + details.regionCode() + " already has a unit named " + name);
        }
        if (details.parentId() != null
                && (details.parentId().equals(unit.id) || Unit.findById(details.parentId()) == null)) {
            throw new DirectoryConflictException("Parent unit " + details.parentId() + " is not in the directory");
        }
        unit.name = name;
        unit.kind = details.kind();
        unit.level = details.level();
        unit.regionCode = details.regionCode();
        unit.parentId = details.parentId();
        unit.aliases.clear();
        if (details.aliases() != null) {
            details.aliases().stream()
                    .map(String::trim)
                    .filter(a -> !a.isEmpty())
                    .distinct()
                    .forEach(unit.aliases::add);
        }
        unit.touch(by);
    }
}
