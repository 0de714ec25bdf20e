package org.taizhang.assignment.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.taizhang.assignment.entity.AuditEntry;

/** One change of an assignment; {@code before} and {@code after} are the assignment's state as JSON. */
public record AuditEntryView(
        Instant at,
        String actor,
        AuditEntry.Action action,
        @JsonRawValue String before,
        @JsonRawValue String after) {

    public static AuditEntryView from(AuditEntry entry) {
        return new AuditEntryView(entry.at, entry.actor, entry.action, entry.before, entry.after);
    }
}
