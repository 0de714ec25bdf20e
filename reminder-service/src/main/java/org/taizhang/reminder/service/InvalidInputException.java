package org.taizhang.reminder.service;

import java.util.List;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/** A well-formed request the domain rejects (422), with every violation so that it can be fixed in one go. */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String detail, List<Problem.Violation> errors) {
        super(UnprocessableStatus.INSTANCE, detail, List.copyOf(errors));
    }

    /** Errors written as {@code field: message} (the calendar loader's form), split into field and message. */
    public static InvalidInputException ofMessages(String detail, List<String> messages) {
        return new InvalidInputException(
                detail, messages.stream().map(InvalidInputException::violation).toList());
    }

    private static Problem.Violation violation(String message) {
        int colon = message.indexOf(": ");
        return colon > 0
                ? new Problem.Violation(message.substring(0, colon), message.substring(colon + 2))
                : new Problem.Violation("", message);
    }
}
