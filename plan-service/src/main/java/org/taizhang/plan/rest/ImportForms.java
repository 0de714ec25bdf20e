package org.taizhang.plan.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taizhang.plan.entity.PlanLevel;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;

/** Checks the import form's fields, answering a clerk in words they can act on. */
@ApplicationScoped
public class ImportForms {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    int year(String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.trim());
            if (value >= 2000 && value <= 2100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid("year", "请填写计划年度，例如 2026 (year: a four-digit year)");
    }

    void regionCode(String regionCode) {
        if (regionCode == null || !regionCode.trim().matches("\\d{2,12}")) {
            throw invalid("regionCode", "请填写行政区划代码，例如 341800 (regionCode: digits)");
        }
    }

    PlanLevel level(String level) {
        if (level == null || level.isBlank()) {
            return PlanLevel.CITY;
        }
        try {
            return PlanLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("level", "level 只能是 PROVINCE、CITY、COUNTY、DISTRICT 或 TOWN");
        }
    }

    byte[] content(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw invalid("file", "请选择要导入的任务分工文件 (file is missing)");
        }
        if (file.size() > MAX_FILE_BYTES) {
            throw new ProblemException(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE, "文件超过 10 MB，请拆分或删除其中的图片后再导入 (file larger than 10 MB)");
        }
        return PlanImportResource.bytes(file);
    }

    String title(String title, String filename, int year) {
        if (title != null && !title.isBlank()) {
            return title.trim();
        }
        if (filename != null && !filename.isBlank()) {
            return filename.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").trim();
        }
        return year + "年政务公开重点工作任务分工";
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                Response.Status.BAD_REQUEST, message, List.of(new Problem.Violation(field, message)));
    }
}
