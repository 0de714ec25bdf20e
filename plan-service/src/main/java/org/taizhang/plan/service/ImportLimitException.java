package org.taizhang.plan.service;

import java.util.List;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/** A document that was read but holds more than a plan may keep: 422 naming each task and field over its limit. */
public class ImportLimitException extends ProblemException {

    public ImportLimitException(String detail, List<Problem.Violation> violations) {
        super(UnprocessableStatus.INSTANCE, detail, violations);
    }
}
