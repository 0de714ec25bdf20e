package org.taizhang.reminder.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reminder.service.UrgeCommand;

/** The office's urge (催办) of one overdue assignment, with an optional note to the unit and request id for retries. */
@Schema(description = "An urge (催办) of one overdue assignment, with an optional note to the unit")
public record UrgeRequest(
        @Schema(description = "The overdue assignment to urge (its UUID, as in assignment-service)") @NotNull
        UUID assignmentId,

        @Schema(
                description = "What the office writes to the unit, sent with the reminder (webhook and e-mail) and"
                        + " shown in the reminder history: plain text, at most 500 characters, line breaks and"
                        + " tabs allowed, no other control characters or bidirectional overrides; blank for none")
        @Size(max = 500)
        @Pattern(regexp = PLAIN_TEXT, message = "must be plain text: no control characters but tab and line breaks")
        String note,

        @Schema(
                description = "The client's id for this urge, 1–100 printable ASCII characters without spaces (a UUID"
                        + " fits): sent again by the same account, the first urge comes back (200) and nothing is"
                        + " delivered twice; left out, every request is a new urge")
        @Size(min = 1, max = 100)
        @Pattern(regexp = "[\\x21-\\x7E]*", message = "must be printable ASCII without spaces")
        String requestId) {

    /**
     * Any character but control characters (except tab and line breaks), lone surrogates and the bidirectional
     * embedding, override and isolate marks. A single character class, so that matching never recurses.
     */
    static final String PLAIN_TEXT = "[\\t\\n\\r[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]]*";

    public UrgeCommand toCommand() {
        return new UrgeCommand(assignmentId.toString(), note == null || note.isBlank() ? null : note, requestId);
    }
}
