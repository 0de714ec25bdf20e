package org.taizhang.reminder.service;

import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/** The assignment is not one to urge (422): not overdue, already completed or cancelled; the detail says which. */
public class NotUrgeableException extends ProblemException {

    public NotUrgeableException(String why) {
        super(UnprocessableStatus.INSTANCE, why);
    }
}
