package org.taizhang.assignment.service;

import java.util.List;
import org.taizhang.assignment.entity.ProgressBatch;

/** One page of the batch log, newest first. */
public record BatchPage(List<ProgressBatch> batches, int page, int size, long total) {}
