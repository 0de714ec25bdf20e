package org.taizhang.events.plan;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parsed deadline that keeps the text it was parsed from. */
@Schema(description = "A deadline (时限) as parsed, with the text it was parsed from")
public record Deadline(
        @Schema(description = "The deadline exactly as the plan writes it, e.g. 6月底前 or 持续推进")
        String raw,

        @Schema(description = "How the text was understood") DeadlineKind kind,

        @Schema(
                description = "For FIXED, the due date: an ISO-8601 date on"
                        + " the Asia/Shanghai calendar, due by the end of"
                        + " that day, e.g. 2026-06-30; null for the other kinds")
        LocalDate dueDate,

        @Schema(
                description = "For PERIODIC, and ONGOING text that names one, how"
                        + " often progress is reported; null when the text"
                        + " names none (the reminder policy's default cadence applies)")
        Cadence cadence) {}
