package org.taizhang.assignment.service;

import java.util.List;
import org.taizhang.assignment.directory.io.RowError;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/**
 * A directory file that cannot be imported as a whole: 422, each error named {@code rows[<row as the spreadsheet shows
 * it>].<column>} (or {@code file}); nothing was written.
 */
public class DirectoryImportRejectedException extends ProblemException {

    /** Errors listed in one answer; a wholly wrong file (say, another table) would otherwise list tens of thousands. */
    static final int MAX_LISTED = 1_000;

    public DirectoryImportRejectedException(List<RowError> errors) {
        super(UnprocessableStatus.INSTANCE, detail(errors), violations(errors));
    }

    private static String detail(List<RowError> errors) {
        String listed = errors.size() > MAX_LISTED ? "，以下列出前 " + MAX_LISTED + " 处" : "";
        String listedEnglish = errors.size() > MAX_LISTED ? ", the first " + MAX_LISTED + " listed" : "";
        return "文件中有 " + errors.size() + " 处错误" + listed + "，未导入任何单位 (" + errors.size() + " problem(s) in the file"
                + listedEnglish + "; nothing was imported)";
    }

    private static List<Problem.Violation> violations(List<RowError> errors) {
        return errors.stream()
                .limit(MAX_LISTED)
                .map(error -> new Problem.Violation(error.field(), error.message()))
                .toList();
    }
}
