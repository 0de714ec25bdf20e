package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.taizhang.assignment.directory.io.DirectoryChanges;
import org.taizhang.assignment.directory.io.DirectoryFormat;
import org.taizhang.assignment.directory.io.DirectoryMerge;
import org.taizhang.assignment.directory.io.DirectoryReader;
import org.taizhang.assignment.directory.io.DirectoryRow;
import org.taizhang.assignment.directory.io.DirectoryTable;
import org.taizhang.assignment.entity.Unit;

/** Imports a directory file in one transaction: every unit it names created or updated, or, if any row is wrong, none. */
@ApplicationScoped
public class DirectoryImportService {

    /** Name a renamed unit holds for a moment, unique so that it never meets the (region, name) index. */
    private static final String PLACEHOLDER = "~import~";

    private final DirectoryReader reader = new DirectoryReader();

    @Transactional
    public DirectoryImportResult importFile(byte[] content, DirectoryFormat format, String by) {
        DirectoryTable table = reader.read(content, format);
        List<Unit> units = table.lines().isEmpty() ? List.of() : Unit.listAll();
        DirectoryChanges changes = DirectoryMerge.of(
                table,
                units.stream()
                        .map(Unit::toDirectoryUnit)
                        .map(DirectoryRow::from)
                        .toList());
        if (changes.isRejected()) {
            throw new DirectoryImportRejectedException(changes.errors());
        }
        write(changes, units.stream().collect(Collectors.toMap(unit -> unit.id, Function.identity())), by);
        return new DirectoryImportResult(
                changes.creates().size(), changes.updates().size(), changes.unchanged());
    }

    private static void write(DirectoryChanges changes, Map<String, Unit> units, String by) {
        // The (region, name) index is checked statement by statement: units whose name or region changes first take a
        // placeholder name, so that names swapped or passed on within one file never collide halfway through.
        boolean renamed = false;
        for (DirectoryRow row : changes.updates()) {
            Unit unit = units.get(row.id());
            if (!unit.name.equals(row.name()) || !unit.regionCode.equals(row.regionCode())) {
                unit.name = PLACEHOLDER + UUID.randomUUID();
                renamed = true;
            }
        }
        if (renamed) {
            Unit.flush();
        }
        // Creates come parents first and Hibernate inserts in persist order, before any update, so the parent_id
        // foreign key holds at every insert, and an updated unit may move under a unit the same file creates.
        for (DirectoryRow row : changes.creates()) {
            Unit unit = new Unit();
            unit.id = row.id();
            copy(row, unit, by);
            unit.persist();
        }
        for (DirectoryRow row : changes.updates()) {
            copy(row, units.get(row.id()), by);
        }
    }

    private static void copy(DirectoryRow row, Unit unit, String by) {
        unit.name = row.name();
        unit.kind = row.kind();
        unit.level = row.level();
        unit.regionCode = row.regionCode();
        unit.parentId = row.parentId();
        unit.aliases.clear();
        unit.aliases.addAll(row.aliases());
        unit.touch(by);
    }
}
