package org.taizhang.assignment.directory;

import java.util.List;
import java.util.Objects;

/** What a unit name resolved to: exactly one unit, several the office must choose from, or none. */
public sealed interface Resolution {

    /** The name denotes this unit. */
    record Found(DirectoryUnit unit) implements Resolution {
        public Found {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** The name fits several units equally well; listed in id order. */
    record Ambiguous(List<DirectoryUnit> candidates) implements Resolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** No unit of the directory carries the name; the name is kept as written. */
    record Unknown(String name) implements Resolution {}
}
