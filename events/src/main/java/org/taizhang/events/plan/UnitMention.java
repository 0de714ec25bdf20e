package org.taizhang.events.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit named by a task, as written ({@code raw}) and as understood ({@code name}); a group phrase such as
 * 各县（市、区）政府 is expanded later against the unit directory, an ambiguous one (有关单位) is resolved by the office.
 */
@Schema(description = "A unit named by a task, as written and as understood")
public record UnitMention(
        @Schema(description = "The mention exactly as the plan writes it, annotations included")
        String raw,

        @Schema(description = "The unit or group name as understood, annotations such as (见附件1) dropped")
        String name,

        @Schema(description = "The unit's part in the task") UnitRole role,

        @Schema(
                description = "True for a group phrase such as 各县（市、区）政府, expanded"
                        + " into the directory's units when the plan is published")
        boolean group,

        @Schema(
                description = "True for a group that says 有关 (有关单位): the office"
                        + " chooses its units, it is never expanded to everyone")
        boolean ambiguous) {}
