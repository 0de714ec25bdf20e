package org.taizhang.plan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.plan.service.ImportLimits;

/** A unit the office names for a task, exactly as it should be understood. */
@Schema(description = "A unit the office names for a task, exactly as it should be understood")
public record UnitInput(
        @Schema(description = "The unit or group name, 1–300 characters") @NotBlank @Size(max = ImportLimits.UNIT)
        String name,

        @Schema(description = "The unit's part in the task") @NotNull
        UnitRole role,

        @Schema(
                description = "True for a group phrase such as 各县（市、区）政府,"
                        + " expanded into the directory's units at publication")
        boolean group,

        @Schema(description = "True for a 有关 group the office settles by choosing units; never expanded to everyone")
        boolean ambiguous) {

    public UnitMention toMention() {
        return new UnitMention(name, name.trim(), role, group, ambiguous);
    }
}
