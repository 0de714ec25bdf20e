package org.taizhang.assignment.rest;

/** OpenAPI examples of progress requests and answers. */
final class ProgressExamples {

    static final String REQUEST = "{\"reportId\":\"lx-2026-q3-0012\",\"status\":\"COMPLETED\","
            + "\"summary\":\"已在县政府门户网站政策解读专栏发布解读材料12篇\",\"percent\":100,"
            + "\"evidence\":[\"https://www.langxi.gov.cn/zcjd/2026/09/t20260930_1.html\"],"
            + "\"reportedAt\":\"2026-09-30T08:00:00Z\"}";

    static final String REPORT = "{\"id\":\"5d0c…\",\"assignmentId\":\"8c1e…\",\"reportId\":\"lx-2026-q3-0012\","
            + "\"previousStatus\":\"IN_PROGRESS\",\"status\":\"COMPLETED\",\"summary\":\"已在县政府门户网站政策解读专栏发布解读材料12篇\","
            + "\"percent\":100,\"evidence\":[\"https://www.langxi.gov.cn/zcjd/2026/09/t20260930_1.html\"],"
            + "\"reportedAt\":\"2026-09-30T08:00:00Z\",\"receivedAt\":\"2026-09-30T08:00:01Z\","
            + "\"reportedBy\":\"service-account-county-341821\",\"reportedVia\":\"INTEGRATION\",\"applied\":true}";

    static final String BATCH = "{\"reports\":[{\"reportId\":\"lx-2026-q3-0012\",\"planId\":\"6f1c…\","
            + "\"taskNumber\":\"12\",\"unitName\":\"郎溪县人民政府\",\"status\":\"IN_PROGRESS\",\"summary\":\"已完成初稿\","
            + "\"percent\":60},{\"reportId\":\"lx-2026-q3-0013\",\"assignmentId\":\"8c1e…\",\"status\":\"DONE\"}]}";

    static final String BATCH_RESULT =
            "{\"batchId\":\"3e5b…\",\"results\":[{\"reportId\":\"lx-2026-q3-0012\",\"outcome\":\"ACCEPTED\","
                    + "\"assignmentId\":\"8c1e…\"},{\"reportId\":\"lx-2026-q3-0013\",\"outcome\":\"REJECTED\","
                    + "\"code\":\"INVALID_FIELD\",\"reason\":\"status: DONE is not one of NOT_STARTED, IN_PROGRESS, COMPLETED,"
                    + " ONGOING\"}],\"accepted\":1,\"duplicates\":0,\"rejected\":1}";

    static final String LOGGED_BATCH = "{\"id\":\"3e5b…\",\"reportedBy\":\"service-account-county-341821\","
            + "\"reportedVia\":\"INTEGRATION\",\"region\":\"341821\",\"receivedAt\":\"2026-09-30T08:00:01.123456Z\","
            + "\"reports\":2,\"accepted\":1,\"duplicates\":0,\"rejected\":1";

    static final String BATCH_LOG_PAGE = "{\"items\":[" + LOGGED_BATCH + "}],\"page\":0,\"size\":20,\"total\":1}";

    static final String BATCH_LOG = LOGGED_BATCH + ",\"results\":[{\"position\":0,\"reportId\":\"lx-2026-q3-0012\","
            + "\"outcome\":\"ACCEPTED\",\"assignmentId\":\"8c1e…\",\"planId\":\"6f1c…\",\"taskNumber\":\"12\","
            + "\"unitName\":\"郎溪县人民政府\"},{\"position\":1,\"reportId\":\"lx-2026-q3-0013\",\"outcome\":\"REJECTED\","
            + "\"code\":\"INVALID_FIELD\",\"reason\":\"status: DONE is not one of NOT_STARTED, IN_PROGRESS, COMPLETED,"
            + " ONGOING\",\"assignmentId\":\"8c1e…\"}]}";

    private ProgressExamples() {}
}
