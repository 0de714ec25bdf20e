package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.assignment.service.ProgressService;
import org.taizhang.assignment.service.ReportOutcome;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;
import org.taizhang.platform.security.Caller;

/** Batches of progress reports from county and municipal systems, safe to retry. */
@Path("/api/progress/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
public class ProgressBatchResource {

    private final ProgressService progress;
    private final ProgressBatchReader reader;
    private final AssignmentConfig config;
    private final Caller caller;

    public ProgressBatchResource(
            ProgressService progress, ProgressBatchReader reader, AssignmentConfig config, Caller caller) {
        this.progress = progress;
        this.reader = reader;
        this.config = config;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Caller.OFFICE, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "Report progress in a batch",
            description = "Up to 1,000 reports, each with the client's reportId and the assignment by assignmentId or"
                    + " by planId + taskNumber + unitName; where numbering starts again in every section, qualify the"
                    + " number with its section: \"(二)3\" or \"二、3\". Every report gets ACCEPTED, DUPLICATE (same reportId, same"
                    + " content: a retry) or REJECTED with a code and reason; one bad report never rejects the others.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "batch", value = ProgressExamples.BATCH)))
    @APIResponse(
            responseCode = "200",
            description = "One result per report, in the order sent",
            content = @Content(examples = @ExampleObject(name = "results", value = ProgressExamples.BATCH_RESULT)))
    @APIResponse(responseCode = "422", description = "No reports, or more than the limit")
    public BatchResultView batch(BatchRequest request) {
        if (request == null || request.reports() == null || request.reports().isEmpty()) {
            throw new ProblemException(UnprocessableStatus.INSTANCE, "The batch has no reports");
        }
        if (request.reports().size() > config.maxBatch()) {
            throw new ProblemException(
                    UnprocessableStatus.INSTANCE,
                    "The batch has " + request.reports().size() + " reports; at most " + config.maxBatch()
                            + " are taken at once");
        }
        List<BatchEntry> entries = request.reports().stream().map(reader::read).toList();
        List<ReportOutcome> outcomes = progress.batch(entries, Reporters.of(caller));
        return BatchResultView.from(entries, outcomes);
    }
}
