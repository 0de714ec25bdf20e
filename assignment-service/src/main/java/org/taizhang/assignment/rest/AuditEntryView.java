package org.taizhang.assignment.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.entity.AuditEntry;

/** One change of an assignment; {@code before} and {@code after} are the assignment's state as JSON. */
@Schema(description = "One change of an assignment, with its state before and after")
public record AuditEntryView(
        @Schema(description = "When the change was made: a UTC instant (ISO-8601), e.g. 2026-05-20T02:00:00Z")
        Instant at,

        @Schema(
                description = "Who made it: the token subject; for changes from plan"
                        + " events, the office account that published or amended the plan")
        String actor,

        @Schema(description = "What kind of change it was") AuditEntry.Action action,

        @Schema(description = "The assignment's audited state before the change, as a JSON object; null for CREATED")
        @JsonRawValue
        String before,

        @Schema(description = "The assignment's audited state after the change, as a JSON object") @JsonRawValue
        String after) {

    public static AuditEntryView from(AuditEntry entry) {
        return new AuditEntryView(entry.at, entry.actor, entry.action, entry.before, entry.after);
    }
}
