package org.taizhang.assignment.directory.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Weighs a file against the directory as it stands. Units are matched by id: new ids are created, known ids updated
 * when anything differs, units the file does not name are left alone. The file is taken as a whole or not at all, so
 * it is checked against the directory as it will be after the import: every parent must be in the file or the
 * directory, no parent chain may loop, and no name may be taken in its region by a unit the file does not name.
 */
public final class DirectoryMerge {

    private static final int SHOWN_CHAIN = 8;

    private DirectoryMerge() {}

    public static DirectoryChanges of(DirectoryTable table, Collection<DirectoryRow> directory) {
        Map<String, DirectoryRow> existing =
                directory.stream().collect(Collectors.toMap(DirectoryRow::id, Function.identity(), (a, b) -> a));
        List<RowError> errors = new ArrayList<>(table.errors());
        errors.addAll(unknownParents(table, existing));
        errors.addAll(takenNames(table, existing));
        errors.addAll(loops(table, existing));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            return DirectoryChanges.rejected(errors);
        }
        List<DirectoryRow> creates = new ArrayList<>();
        List<DirectoryRow> updates = new ArrayList<>();
        int unchanged = 0;
        for (DirectoryRow row : table.rows()) {
            DirectoryRow current = existing.get(row.id());
            if (current == null) {
                creates.add(row);
            } else if (current.equals(row)) {
                unchanged++;
            } else {
                updates.add(row);
            }
        }
        return new DirectoryChanges(parentsFirst(creates), updates, unchanged, List.of());
    }

    private static List<RowError> unknownParents(DirectoryTable table, Map<String, DirectoryRow> existing) {
        List<RowError> errors = new ArrayList<>();
        for (DirectoryTable.Line line : table.lines()) {
            String parent = line.unit().parentId();
            if (parent != null && !table.ids().contains(parent) && !existing.containsKey(parent)) {
                errors.add(RowChecker.error(
                        line.row(),
                        DirectoryColumn.PARENT_ID,
                        "上级单位" + CellText.quote(parent) + "既不在文件中，也不在单位名录中",
                        "parent " + parent + " is neither in the file nor in the directory"));
            }
        }
        return errors;
    }

    /** Names are unique within a region; units the file names may swap names, since all of them change together. */
    private static List<RowError> takenNames(DirectoryTable table, Map<String, DirectoryRow> existing) {
        Map<String, String> idByName = new HashMap<>();
        existing.values().stream()
                .filter(unit -> !table.ids().contains(unit.id()))
                .forEach(unit -> idByName.put(nameKey(unit), unit.id()));
        List<RowError> errors = new ArrayList<>();
        for (DirectoryTable.Line line : table.lines()) {
            String other = idByName.get(nameKey(line.unit()));
            if (other != null) {
                errors.add(RowChecker.error(
                        line.row(),
                        DirectoryColumn.NAME,
                        "区划 " + line.unit().regionCode() + " 中已有同名单位（编码 " + other + "）",
                        "region " + line.unit().regionCode() + " already has a unit of that name: " + other));
            }
        }
        return errors;
    }

    /** Parent chains, as they will be, that come back to a unit of the file. */
    private static List<RowError> loops(DirectoryTable table, Map<String, DirectoryRow> existing) {
        Map<String, String> parents = new HashMap<>();
        existing.values().forEach(unit -> parents.put(unit.id(), unit.parentId()));
        table.rows().forEach(row -> parents.put(row.id(), row.parentId()));
        List<RowError> errors = new ArrayList<>();
        for (DirectoryTable.Line line : table.lines()) {
            String id = line.unit().id();
            Set<String> chain = new LinkedHashSet<>(List.of(id));
            String current = parents.get(id);
            while (current != null && !current.equals(id) && chain.add(current)) {
                current = parents.get(current);
            }
            if (id.equals(current)) {
                String shown =
                        String.join(" → ", chain.stream().limit(SHOWN_CHAIN).toList())
                                + (chain.size() > SHOWN_CHAIN ? " → …" : "") + " → " + id;
                errors.add(RowChecker.error(
                        line.row(),
                        DirectoryColumn.PARENT_ID,
                        "上级单位形成循环：" + shown,
                        "the parent chain loops: " + shown));
            }
        }
        return errors;
    }

    /** New units ordered by how many new ancestors they have, so that a parent is always inserted first. */
    private static List<DirectoryRow> parentsFirst(List<DirectoryRow> creates) {
        Map<String, DirectoryRow> byId = new HashMap<>();
        creates.forEach(row -> byId.put(row.id(), row));
        Map<String, Integer> depth = new HashMap<>();
        for (DirectoryRow row : creates) {
            Deque<String> unknown = new ArrayDeque<>();
            String current = row.id();
            while (current != null && byId.containsKey(current) && !depth.containsKey(current)) {
                unknown.push(current);
                current = byId.get(current).parentId();
            }
            int above = current != null && depth.containsKey(current) ? depth.get(current) + 1 : 0;
            while (!unknown.isEmpty()) {
                depth.put(unknown.pop(), above++);
            }
        }
        List<DirectoryRow> ordered = new ArrayList<>(creates);
        ordered.sort(Comparator.comparingInt(row -> depth.get(row.id())));
        return ordered;
    }

    private static String nameKey(DirectoryRow unit) {
        return unit.regionCode() + "\n" + unit.name();
    }
}
