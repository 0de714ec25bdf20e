package org.taizhang.plan.service;

import java.util.List;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/** A plan cannot be published as it stands: each error names a task and what it lacks. */
public class PublishRejectedException extends ProblemException {

    public PublishRejectedException(List<Problem.Violation> errors) {
        super(
                UnprocessableStatus.INSTANCE,
                errors.size() + " task(s) cannot be published yet: give each a unit and a deadline,"
                        + " or publish with a default deadline / per-task deadlines",
                errors);
    }
}
