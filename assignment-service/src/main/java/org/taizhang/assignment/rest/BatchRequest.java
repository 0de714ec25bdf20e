package org.taizhang.assignment.rest;

import java.util.List;

/** The shape of a batch body, for the API description; {@link ProgressBatchBody} reads it as a stream. */
public record BatchRequest(List<BatchReportItem> reports) {}
