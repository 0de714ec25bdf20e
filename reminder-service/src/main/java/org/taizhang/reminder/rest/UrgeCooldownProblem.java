package org.taizhang.reminder.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The problem detail of an urge inside the cool-down, with when the assignment may be urged again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description = "An RFC 9457 problem detail (application/problem+json) refusing an urge inside the cool-down,"
                + " with when the assignment may be urged again")
public record UrgeCooldownProblem(
        @Schema(description = "A URI naming the kind of problem; always about:blank, so title and status say it")
        String type,

        @Schema(description = "The HTTP reason phrase of the status: Too Many Requests")
        String title,

        @Schema(description = "The HTTP status code, 429, repeated from the answer")
        int status,

        @Schema(description = "When the assignment was last urged and from when it may be urged again, in plain words")
        String detail,

        @Schema(description = "The path of the request that failed: /api/reminders/urge")
        String instance,

        @Schema(
                description = "From when the assignment may be urged again: the last urge plus the cool-down"
                        + " (taizhang.reminders.urge-cooldown, 1 hour by default), a UTC instant (ISO-8601)")
        Instant urgeableAt,

        @Schema(
                description = "The W3C trace id of the request (32 hex digits), as the services' logs and traces name"
                        + " it; absent outside a trace")
        String traceId) {}
