package org.taizhang.plan.rest;

import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Deadlines to fill in at publication: one for every task without a deadline, and per task by id. */
@Schema(
        description = "Deadlines to fill in at publication; publishing"
                + " refuses tasks without a deadline unless one is given here")
public record PublishRequest(
        @Schema(
                description = "A deadline as written (时限), e.g. 年底前, for every task"
                        + " without one; at most 200 characters; it must be understood")
        @Size(max = 200)
        String defaultDeadline,

        @Schema(
                description = "Deadlines as written per task id, each at most 200"
                        + " characters and understood, e.g. {\"<task id>\": \"6月底前\"}")
        Map<UUID, @Size(max = 200) String> taskDeadlines) {}
