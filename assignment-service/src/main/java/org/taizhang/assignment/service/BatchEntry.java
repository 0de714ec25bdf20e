package org.taizhang.assignment.service;

import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.Rejection;

/** One item of a batch as read: the report and its assignment reference, or why it could not be read. */
public record BatchEntry(String reportId, AssignmentRef ref, ProgressInput input, Rejection unreadable) {

    public static BatchEntry unreadable(String reportId, Rejection why) {
        return new BatchEntry(reportId, null, null, why);
    }
}
