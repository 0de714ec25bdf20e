package org.taizhang.events.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's part in a task: leads it (牵头), is responsible for it (负责), or supports it (配合). */
@Schema(
        description =
                "A unit's part in a task: LEAD leads it (牵头)," + " RESPONSIBLE carries it out (负责), SUPPORTING helps"
                        + " (配合); a task is complete when its LEAD and RESPONSIBLE units are")
public enum UnitRole {
    LEAD,
    RESPONSIBLE,
    SUPPORTING
}
