package org.taizhang.plan.rest;

/** Example bodies shown in the OpenAPI document. */
final class Examples {

    static final String PLAN = "{\"id\":\"6f1c0b7e-3c52-4d8e-9a57-0f4f8f0e2a11\",\"title\":\"2026年宣城市政务公开重点工作任务分工\","
            + "\"year\":2026,\"regionCode\":\"341800\",\"regionName\":\"宣城市\",\"level\":\"CITY\",\"parentPlanId\":null,"
            + "\"status\":\"DRAFT\",\"taskCount\":35,\"sourceFilename\":\"分工方案.docx\",\"createdBy\":\"office\","
            + "\"createdAt\":\"2026-03-02T01:20:00Z\",\"updatedBy\":\"office\",\"updatedAt\":\"2026-03-02T01:20:00Z\","
            + "\"publishedAt\":null,\"closedAt\":null}";

    static final String PLAN_PAGE = "{\"items\":[" + PLAN + "],\"page\":0,\"size\":20,\"total\":1}";

    static final String PLAN_REQUEST = "{\"title\":\"2026年宣城市政务公开重点工作任务分工\",\"year\":2026,"
            + "\"regionCode\":\"341800\",\"regionName\":\"宣城市\",\"level\":\"CITY\"}";

    static final String TASK = "{\"id\":\"0b6a2f7e-8d7f-4d1c-b2f3-3c0e8a1d9e42\",\"position\":11,\"number\":\"12\","
            + "\"sectionPath\":[\"二、紧扣宏观政策落地见效深化政务公开\",\"(一) 持续加强重大政策发布解读\"],"
            + "\"title\":\"做好政策解读发布工作\",\"requirement\":\"及时发布权威信息，开展深入解读。\","
            + "\"deadline\":{\"raw\":\"年底前\",\"kind\":\"FIXED\",\"dueDate\":\"2026-12-31\",\"cadence\":null},"
            + "\"units\":[{\"raw\":\"市发改委\",\"name\":\"市发改委\",\"role\":\"LEAD\",\"group\":false,\"ambiguous\":false},"
            + "{\"raw\":\"各县 (市、 区 ) 政府\",\"name\":\"各县（市、区）政府\",\"role\":\"RESPONSIBLE\",\"group\":true,"
            + "\"ambiguous\":false}],\"importedStatus\":\"已完成\",\"sourceTaskId\":null,\"withdrawn\":false,"
            + "\"withdrawalReason\":null}";

    static final String TASKS = "[" + TASK + "]";

    static final String TASK_REQUEST = "{\"number\":\"12\",\"sectionPath\":[\"二、紧扣宏观政策落地见效深化政务公开\"],"
            + "\"title\":\"做好政策解读发布工作\",\"requirement\":\"及时发布权威信息。\",\"deadline\":\"年底前\","
            + "\"leadUnits\":\"市发改委\",\"responsibleUnits\":\"各县（市、区）政府\",\"reason\":\"根据省里要求新增\"}";

    static final String PUBLISH_REQUEST =
            "{\"defaultDeadline\":\"年底前\"," + "\"taskDeadlines\":{\"0b6a2f7e-8d7f-4d1c-b2f3-3c0e8a1d9e42\":\"6月底前\"}}";

    static final String PUBLISH_REJECTED =
            "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
                    + "\"detail\":\"1 task(s) cannot be published yet\",\"errors\":[{\"field\":"
                    + "\"tasks.0b6a2f7e-8d7f-4d1c-b2f3-3c0e8a1d9e42.deadline\",\"message\":\"任务 12「做好政策解读发布工作」没有可识别的时限\"}]}";

    static final String DERIVE_REQUEST = "{\"regionCode\":\"341821\",\"regionName\":\"郎溪县\",\"level\":\"COUNTY\"}";

    static final String AMENDMENTS = "[{\"id\":\"1d2f…\",\"taskId\":\"0b6a2f7e-8d7f-4d1c-b2f3-3c0e8a1d9e42\","
            + "\"kind\":\"CHANGED\",\"reason\":\"时限调整\",\"amendedBy\":\"office\",\"amendedAt\":\"2026-05-06T02:00:00Z\"}]";

    static final String DIAGNOSTICS = "[{\"taskId\":\"0b6a2f7e-8d7f-4d1c-b2f3-3c0e8a1d9e42\",\"taskPosition\":11,"
            + "\"code\":\"AMBIGUOUS_UNITS\",\"message\":\"「市直有关部门」需要办公室指定具体单位\"}]";

    static final String RECHECKED = "[{\"taskId\":null,\"taskPosition\":null,\"code\":\"NO_HEADER\","
            + "\"message\":\"未识别到表头，已根据内容推断各列含义，请核对。 (No header row: columns were inferred from content.)\"},"
            + "{\"taskId\":\"0b6a2f7e-8d7f-4d1c-b2f3-3c0e8a1d9e42\",\"taskPosition\":11,\"code\":\"UNPARSED_DEADLINE\","
            + "\"message\":\"第12项任务的时限“适时”无法识别，请核对。 (Deadline not understood.)\"}]";

    static final String RECHECK_CONFLICT = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"Plan 6f1c0b7e-3c52-4d8e-9a57-0f4f8f0e2a11 is PUBLISHED and cannot be rechecked;"
            + " amend its tasks instead\"}";

    static final String IMPORT_RESULT = "{\"plan\":" + PLAN + ",\"diagnostics\":" + DIAGNOSTICS + "}";

    static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"Plan 6f1c0b7e-3c52-4d8e-9a57-0f4f8f0e2a11 does not exist\"}";

    static final String CONFLICT = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"Plan 6f1c0b7e-3c52-4d8e-9a57-0f4f8f0e2a11 is PUBLISHED and cannot be edited\"}";

    private Examples() {}
}
