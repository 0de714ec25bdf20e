package org.taizhang.plan.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taizhang.plan.entity.PlanLevel;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/** Checks the import form's fields, answering a clerk in words they can act on. */
@ApplicationScoped
public class ImportForms {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** {@code plan.title}. */
    static final int MAX_TITLE = 500;
    /** {@code plan.region_name}. */
    static final int MAX_REGION_NAME = 100;
    /** {@code plan.source_filename}. */
    static final int MAX_FILENAME = 300;

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
        if (file.fileName() != null && length(file.fileName()) > MAX_FILENAME) {
            throw tooLong("file", "文件名", file.fileName(), MAX_FILENAME);
        }
        return PlanImportResource.bytes(file);
    }

    String title(String title, String filename, int year) {
        if (title != null && !title.isBlank()) {
            if (length(title.trim()) > MAX_TITLE) {
                throw tooLong("title", "计划标题", title.trim(), MAX_TITLE);
            }
            return title.trim();
        }
        if (filename != null && !filename.isBlank()) {
            return filename.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").trim();
        }
        return year + "年政务公开重点工作任务分工";
    }

    /** The region's name as the office writes it, or null when left out. */
    String regionName(String regionName) {
        if (regionName == null || regionName.isBlank()) {
            return null;
        }
        if (length(regionName.trim()) > MAX_REGION_NAME) {
            throw tooLong("regionName", "地区名称", regionName.trim(), MAX_REGION_NAME);
        }
        return regionName.trim();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** A field that is well formed but longer than the plan keeps: 422, like a document's task over its limit. */
    private static ProblemException tooLong(String field, String label, String value, int limit) {
        String message = label + "超过 " + limit + " 字（有 " + length(value) + " 字，限 " + limit + " 字） (" + field
                + ": at most " + limit + " characters)";
        return new ProblemException(
                UnprocessableStatus.INSTANCE, message, List.of(new Problem.Violation(field, message)));
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                Response.Status.BAD_REQUEST, message, List.of(new Problem.Violation(field, message)));
    }
}
