package org.taizhang.assignment.service;

import java.util.List;
import org.taizhang.assignment.entity.ProgressBatch;
import org.taizhang.assignment.entity.ProgressBatchItem;

/** A logged batch with the outcome of each of its reports, in the order sent. */
public record LoggedBatch(ProgressBatch batch, List<ProgressBatchItem> items) {}
