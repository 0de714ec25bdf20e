package org.taizhang.console;

/** Answers of the services as their OpenAPI examples show them, for the console's wiring tests. */
final class Samples {

    static final String PLAN_ID = "6f1c0b7e-3c52-4d8e-9a57-0f4f8f0e2a11";
    static final String TASK_ID = "0b6a2f7e-8d7f-4d1c-b2f3-3c0e8a1d9e42";
    static final String ASSIGNMENT_ID = "8c1e0b7e-3c52-4d8e-9a57-0f4f8f0e2a99";
    static final String FILE_ID = "0b7f3c2e-6a51-4d1b-9a0e-2f4d8c1e5a77";

    private Samples() {}

    static String plan(String status) {
        return "{\"id\":\"" + PLAN_ID + "\",\"title\":\"2026年宣城市政务公开重点工作任务分工\",\"year\":2026,"
                + "\"regionCode\":\"341800\",\"regionName\":\"宣城市\",\"level\":\"CITY\",\"status\":\"" + status
                + "\",\"taskCount\":1,\"sourceFilename\":\"分工方案.docx\",\"createdAt\":\"2026-03-02T01:20:00Z\","
                + "\"updatedAt\":\"2026-03-02T01:20:00Z\",\"publishedAt\":null,\"closedAt\":null}";
    }

    static String planPage(String status) {
        return "{\"items\":[" + plan(status) + "],\"page\":0,\"size\":20,\"total\":41}";
    }

    static String task(String deadlineRaw) {
        return "{\"id\":\"" + TASK_ID + "\",\"position\":0,\"number\":\"12\","
                + "\"sectionPath\":[\"二、紧扣宏观政策落地见效深化政务公开\"],\"title\":\"做好政策解读发布工作\","
                + "\"requirement\":\"及时发布权威信息。\",\"deadline\":{\"raw\":\"" + deadlineRaw
                + "\",\"kind\":\"UNSPECIFIED\",\"dueDate\":null,\"cadence\":null},"
                + "\"units\":[{\"raw\":\"市发改委\",\"name\":\"市发改委\",\"role\":\"LEAD\",\"group\":false,"
                + "\"ambiguous\":false},{\"raw\":\"市财政局\",\"name\":\"市财政局\",\"role\":\"RESPONSIBLE\","
                + "\"group\":false,\"ambiguous\":false}],\"withdrawn\":false}";
    }

    static String diagnostics() {
        return "[{\"taskId\":\"" + TASK_ID + "\",\"taskPosition\":0,\"code\":\"UNPARSED_DEADLINE\","
                + "\"message\":\"任务 12 的时限「视情况而定」未能识别，请核对。\"},"
                + "{\"taskId\":null,\"taskPosition\":null,\"code\":\"NO_HEADER\",\"message\":\"未找到表头，请核对列。\"}]";
    }

    static String assignment(String unitId, String light) {
        return "{\"id\":\"" + ASSIGNMENT_ID + "\",\"planId\":\"" + PLAN_ID + "\",\"taskId\":\"" + TASK_ID + "\","
                + "\"taskNumber\":\"12\",\"taskTitle\":\"做好政策解读发布工作\",\"unitId\":\"" + unitId + "\","
                + "\"unitName\":\"市发展和改革委员会\",\"regionCode\":\"341800\",\"role\":\"LEAD\","
                + "\"deadline\":{\"raw\":\"6月底前\",\"kind\":\"FIXED\",\"dueDate\":\"2026-06-30\",\"cadence\":null},"
                + "\"status\":\"IN_PROGRESS\",\"overdue\":true,\"light\":\"" + light + "\",\"percent\":60,"
                + "\"lastSummary\":\"已完成初稿\",\"lastReportAt\":\"2026-05-30T08:00:00Z\",\"completedAt\":null,"
                + "\"reportLate\":false}";
    }

    static String assignmentPage(String unitId) {
        return "{\"items\":[" + assignment(unitId, "RED") + "],\"page\":0,\"size\":20,\"total\":1}";
    }

    static String report() {
        return "{\"id\":\"5d0c0b7e-3c52-4d8e-9a57-0f4f8f0e2a11\",\"assignmentId\":\"" + ASSIGNMENT_ID + "\","
                + "\"reportId\":\"r-1\",\"previousStatus\":\"NOT_STARTED\",\"status\":\"IN_PROGRESS\","
                + "\"summary\":\"已完成初稿\",\"percent\":60,\"evidence\":[\"javascript:alert(1)\","
                + "\"https://www.xuancheng.gov.cn/zcjd/1.html\"],\"reportedAt\":\"2026-05-30T08:00:00Z\","
                + "\"receivedAt\":\"2026-05-30T08:00:01Z\",\"reportedBy\":\"unit-fgw\",\"reportedVia\":\"UNIT\","
                + "\"applied\":true,\"evidenceFileIds\":[\"" + FILE_ID + "\"]}";
    }

    static String evidenceFile() {
        return "{\"id\":\"" + FILE_ID + "\",\"assignmentId\":\"" + ASSIGNMENT_ID + "\","
                + "\"fileName\":\"政策解读发布截图.png\",\"contentType\":\"image/png\",\"size\":248193,"
                + "\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
                + "\"uploadedBy\":\"unit-fgw\",\"createdAt\":\"2026-05-30T08:00:00Z\"}";
    }

    static String problem(int status, String detail, String field, String message) {
        return "{\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\",\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}";
    }
}
