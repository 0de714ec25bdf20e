package org.taizhang.assignment.directory;

import java.util.List;

/** What a group phrase expanded to: concrete units, a 有关 group for the office to settle, or an unknown phrase. */
public sealed interface Expansion {

    /** The group's units; empty when the directory holds none of them in the region, which the caller must flag. */
    record Concrete(String group, List<DirectoryUnit> units) implements Expansion {
        public Concrete {
            units = List.copyOf(units);
        }
    }

    /** A 有关/相关 group: which units are meant is the office's decision, so it is never expanded. */
    record Ambiguous(String group) implements Expansion {}

    /** A phrase none of the expansion rules knows. */
    record UnknownGroup(String group) implements Expansion {}
}
