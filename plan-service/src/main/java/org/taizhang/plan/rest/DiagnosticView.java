package org.taizhang.plan.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.plan.entity.PlanDiagnostic;

/** A diagnostic as JSON: which task (if any), what kind, and what to check. */
@Schema(
        description = "Something the import, or a later check of the draft's task, could not fully understand, for the"
                + " office to check")
public record DiagnosticView(
        @Schema(description = "The task concerned; null for the whole document")
        UUID taskId,

        @Schema(
                description = "The position of the task concerned, from 0 as"
                        + " TaskView.position; null for the whole document")
        Integer taskPosition,

        @Schema(
                description = "What kind of problem: about a task's content UNPARSED_DEADLINE,"
                        + " MISSING_UNITS, AMBIGUOUS_UNITS or UNRECOGNISED_UNIT (rechecked on every edit);"
                        + " about the task's row SHIFTED_ROW, MERGED_ROW or EXTRA_CELL (settled by an edit);"
                        + " about the whole document NO_HEADER or UNKNOWN_LAYOUT")
        String code,

        @Schema(description = "What to check, in Chinese") String message) {

    public static DiagnosticView from(PlanDiagnostic diagnostic) {
        return new DiagnosticView(diagnostic.taskId, diagnostic.taskPosition, diagnostic.code, diagnostic.message);
    }
}
