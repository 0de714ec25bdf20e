package org.taizhang.events.plan;

/** A unit's part in a task: leads it (牵头), is responsible for it (负责), or supports it (配合). */
public enum UnitRole {
    LEAD,
    RESPONSIBLE,
    SUPPORTING
}
