package org.taizhang.plan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.plan.service.ImportLimits;

/** A unit the office names for a task, exactly as it should be understood. */
public record UnitInput(
        @NotBlank @Size(max = ImportLimits.UNIT) String name,
        @NotNull UnitRole role,
        boolean group,
        boolean ambiguous) {

    public UnitMention toMention() {
        return new UnitMention(name, name.trim(), role, group, ambiguous);
    }
}
