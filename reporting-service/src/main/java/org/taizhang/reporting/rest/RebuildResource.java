package org.taizhang.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.security.Caller;
import org.taizhang.reporting.service.RebuildProgress;
import org.taizhang.reporting.service.RebuildResult;
import org.taizhang.reporting.service.RebuildService;
import org.taizhang.reporting.service.RebuildStatus;

/** Rebuilds the read model from the topics, for the office after a fix to how events are applied. */
@Path("/api/admin/rebuild")
@Tag(name = "Administration", description = "Maintenance of the read model")
public class RebuildResource {

    private final RebuildService rebuilds;
    private final RebuildProgress progress;
    private final Caller caller;

    public RebuildResource(RebuildService rebuilds, RebuildProgress progress, Caller caller) {
        this.rebuilds = rebuilds;
        this.progress = progress;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.OFFICE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "How the rebuild running on this instance is getting on, and the last one that completed",
            description = "Records read, applied and skipped so far; each instance answers for its own rebuild.")
    @APIResponse(
            responseCode = "200",
            description = "The rebuild's progress",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RebuildStatus.class),
                            examples = @ExampleObject(name = "running", value = ReportExamples.REBUILD_RUNNING)))
    @APIResponse(responseCode = "403", description = "Not the office")
    public RebuildStatus progress() {
        return progress.status();
    }

    @POST
    @RolesAllowed(Caller.OFFICE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replay the three topics from the beginning into emptied tables",
            description = "One transaction: reports keep showing the old figures until it commits, and events"
                    + " arriving meanwhile are applied right after it. Answers when done.")
    @APIResponse(
            responseCode = "200",
            description = "What the rebuild read and applied",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RebuildResult.class),
                            examples = @ExampleObject(name = "rebuilt", value = ReportExamples.REBUILD)))
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "409", description = "Another rebuild is running")
    @APIResponse(
            responseCode = "503",
            description =
                    "The rebuild did not finish within REBUILD_TIMEOUT and was rolled back; the figures are as they"
                            + " were")
    public RebuildResult rebuild() {
        return rebuilds.rebuild(caller.subject());
    }
}
