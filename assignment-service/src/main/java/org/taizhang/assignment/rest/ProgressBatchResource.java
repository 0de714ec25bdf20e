package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.assignment.service.BatchReceipt;
import org.taizhang.assignment.service.ProgressService;
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
    private final ProgressBatchBody reader;
    private final Caller caller;

    public ProgressBatchResource(ProgressService progress, ProgressBatchBody reader, Caller caller) {
        this.progress = progress;
        this.reader = reader;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Caller.OFFICE, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "Report progress in a batch",
            description = "Up to 1,000 reports, each with the client's reportId and the assignment by assignmentId or"
                    + " by planId + taskNumber + unitName; where numbering starts again in every section, qualify the"
                    + " number with its section: \"(二)3\" or \"二、3\". Every report gets ACCEPTED, DUPLICATE (same reportId, same"
                    + " content: a retry) or REJECTED with a code and reason; one bad report never rejects the others. The batch and every outcome are kept in the batch log"
                    + " (GET /api/progress/batches) in the same transaction as the reports.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchRequest.class),
                            examples = @ExampleObject(name = "batch", value = ProgressExamples.BATCH)))
    @APIResponse(
            responseCode = "200",
            description = "One result per report, in the order sent",
            content =
                    @Content(
                            schema = @Schema(implementation = BatchResultView.class),
                            examples = @ExampleObject(name = "results", value = ProgressExamples.BATCH_RESULT)))
    @APIResponse(responseCode = "400", description = "Not JSON, or not an object with reports")
    @APIResponse(responseCode = "413", description = "The body is larger than 12 MB")
    @APIResponse(responseCode = "422", description = "No reports, or more than the limit (reading stops there)")
    public BatchResultView batch(InputStream body) throws IOException {
        // Read as a stream, so that the report count is checked while the array comes in, not after.
        List<BatchEntry> entries = reader.read(body);
        if (entries.isEmpty()) {
            throw new ProblemException(UnprocessableStatus.INSTANCE, "The batch has no reports");
        }
        BatchReceipt receipt = progress.batch(entries, Reporters.of(caller));
        return BatchResultView.from(receipt.batchId(), entries, receipt.outcomes());
    }
}
