package org.taizhang.assignment.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of a batch body, for the API description; {@link ProgressBatchBody} reads it as a stream. */
@Schema(description = "A batch of progress reports from a county system; each is taken or rejected on its own")
public record BatchRequest(
        @Schema(description = "The reports, at most 1000 (taizhang.assignments.max-batch); the body at most 12 MB")
        List<BatchReportItem> reports) {}
