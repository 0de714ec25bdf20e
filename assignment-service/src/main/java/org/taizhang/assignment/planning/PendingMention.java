package org.taizhang.assignment.planning;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.directory.DirectoryUnit;
import org.taizhang.events.plan.UnitMention;

/** A unit mention the directory could not turn into units; the office decides which units it means. */
public record PendingMention(UnitMention mention, Reason reason, List<DirectoryUnit> candidates) {

    /** Why the mention waits for the office. */
    @Schema(
            description = "Why the mention waits for the office: AMBIGUOUS_GROUP a 有关/相关"
                    + " group, never expanded to everyone; UNKNOWN_GROUP a group phrase"
                    + " not known or matching no unit of the region; AMBIGUOUS_NAME a"
                    + " name that fits several units; UNKNOWN_UNIT a name not in the directory")
    public enum Reason {
        /** A 有关 / 相关 group: deliberately never expanded to everyone. */
        AMBIGUOUS_GROUP,
        /** A group phrase the expander does not know, or one that matched no unit of the region. */
        UNKNOWN_GROUP,
        /** A name that fits several units. */
        AMBIGUOUS_NAME,
        /** A name not in the directory. */
        UNKNOWN_UNIT
    }
}
