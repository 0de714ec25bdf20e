package org.taizhang.assignment.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the office sends to settle a pending item. */
public final class PendingRequests {

    private PendingRequests() {}

    /** The units a mention means; {@code rememberAlias} adds the mention as an alias of a single chosen unit. */
    @Schema(description = "The units a pending mention means")
    public record Resolve(
            @Schema(description = "The directory ids of the units the mention means; each gets an assignment")
            List<String> unitIds,

            @Schema(
                    description = "With a single unit chosen, also add the mention as"
                            + " an alias of that unit so the name resolves next time")
            boolean rememberAlias) {}

    /** Why the mention needs no assignment (e.g. a unit outside the plan's scope). */
    @Schema(description = "Why a pending mention needs no assignment")
    public record Dismiss(
            @Schema(description = "Why, e.g. a unit outside the plan's scope")
            String note) {}
}
