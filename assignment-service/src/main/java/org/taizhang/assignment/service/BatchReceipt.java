package org.taizhang.assignment.service;

import java.util.List;
import java.util.UUID;

/** What a batch came to: its id in the batch log and each report's outcome, in the order sent. */
public record BatchReceipt(UUID batchId, List<ReportOutcome> outcomes) {}
