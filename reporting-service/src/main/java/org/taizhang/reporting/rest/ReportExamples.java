package org.taizhang.reporting.rest;

/** Example bodies for the OpenAPI document, shaped like real answers of a 宣城市 plan. */
final class ReportExamples {

    static final String TALLY = "{\"total\":12,\"completed\":7,\"overdue\":1}";

    static final String PLANS = "{\"items\":[{\"planId\":\"p-2026-xc\",\"title\":\"2026年宣城市政务公开重点工作任务分工\","
            + "\"year\":2026,\"regionCode\":\"341800\",\"regionName\":\"宣城市\",\"parentPlanId\":null,"
            + "\"publishedAt\":\"2026-03-02T02:00:00Z\",\"closedAt\":null,\"tasks\":" + TALLY + ","
            + "\"assignments\":{\"total\":40,\"completed\":25,\"overdue\":2},\"taskPercent\":58.3,\"light\":\"RED\"}],"
            + "\"page\":0,\"size\":50,\"total\":1}";

    static final String SUMMARY = "{\"planId\":\"p-2026-xc\",\"title\":\"2026年宣城市政务公开重点工作任务分工\",\"year\":2026,"
            + "\"tasks\":" + TALLY + ",\"assignments\":{\"total\":40,\"completed\":25,\"overdue\":2},"
            + "\"tasksByOutcome\":{\"COMPLETED\":7,\"UNFINISHED\":1,\"CONTINUING\":2,\"IN_PROGRESS\":2},"
            + "\"assignmentsByStatus\":{\"NOT_STARTED\":5,\"IN_PROGRESS\":8,\"COMPLETED\":25,\"ONGOING\":2},"
            + "\"taskLights\":{\"GREEN\":9,\"YELLOW\":2,\"RED\":1},\"sections\":[{\"title\":\"一、深化重点领域信息公开\","
            + "\"tasks\":" + TALLY
            + ",\"assignments\":{\"total\":40,\"completed\":25,\"overdue\":2},\"light\":\"RED\"}]}";

    static final String TASK = "{\"taskId\":\"t-4\",\"number\":\"4\",\"title\":\"加强市场规则标准公开\","
            + "\"requirement\":\"全面落实“全国一张清单”管理模式\",\"deadline\":{\"raw\":\"年底前\",\"kind\":\"FIXED\","
            + "\"dueDate\":\"2026-12-31\",\"cadence\":null},\"complete\":false,\"outcome\":\"IN_PROGRESS\","
            + "\"light\":\"GREEN\",\"units\":[{\"assignmentId\":\"a-1\",\"unitId\":\"341800-fgw\","
            + "\"unitName\":\"宣城市发展和改革委员会\",\"role\":\"LEAD\",\"status\":\"COMPLETED\",\"dueDate\":\"2026-12-31\","
            + "\"overdue\":false,\"reportLate\":false,\"light\":\"GREEN\",\"latestReport\":{\"reportId\":\"r-9\","
            + "\"assignmentId\":\"a-1\",\"status\":\"COMPLETED\",\"summary\":\"已在门户网站公开\","
            + "\"evidenceUrls\":[\"https://www.xuancheng.gov.cn/zwgk/t1.html\"],\"reportedAt\":\"2026-05-10T03:00:00Z\"}}]}";

    static final String ROLLUP = "{\"planId\":\"p-2026-xc\",\"title\":\"2026年宣城市政务公开重点工作任务分工\","
            + "\"cityTasks\":" + TALLY + ",\"counties\":[{\"planId\":\"p-2026-gd\",\"regionCode\":\"341821\","
            + "\"regionName\":\"郎溪县\",\"tasks\":{\"total\":8,\"completed\":6,\"overdue\":0},"
            + "\"assignments\":{\"total\":20,\"completed\":15,\"overdue\":0},\"taskPercent\":75.0,\"light\":\"YELLOW\"}],"
            + "\"tasks\":[{\"taskId\":\"t-4\",\"number\":\"4\",\"title\":\"加强市场规则标准公开\",\"countiesCompleted\":1,"
            + "\"counties\":[{\"regionCode\":\"341821\",\"regionName\":\"郎溪县\","
            + "\"tasks\":{\"total\":1,\"completed\":1,\"overdue\":0}}]}]}";

    static final String UNIT = "{\"unitId\":\"341800-fgw\",\"unitName\":\"宣城市发展和改革委员会\",\"regionCode\":\"341800\","
            + "\"year\":2026,\"summary\":{\"unitId\":\"341800-fgw\",\"unitName\":\"宣城市发展和改革委员会\","
            + "\"regionCode\":\"341800\",\"assignments\":{\"total\":5,\"completed\":3,\"overdue\":1},\"supporting\":1,"
            + "\"reportsLate\":0,\"light\":\"RED\"},\"rows\":[{\"planId\":\"p-2026-xc\",\"planTitle\":\"2026年宣城市政务公开"
            + "重点工作任务分工\",\"taskId\":\"t-4\",\"taskNumber\":\"4\",\"taskTitle\":\"加强市场规则标准公开\","
            + "\"role\":\"LEAD\",\"deadline\":\"6月底前\",\"dueDate\":\"2026-06-30\",\"status\":\"IN_PROGRESS\","
            + "\"overdue\":true,\"reportLate\":false,\"light\":\"RED\",\"lastReportAt\":\"2026-05-10T03:00:00Z\"}]}";

    static final String OVERDUE = "{\"asOf\":\"2026-07-15\",\"count\":1,\"items\":[{\"planId\":\"p-2026-xc\","
            + "\"taskId\":\"t-4\",\"taskNumber\":\"4\",\"taskTitle\":\"加强市场规则标准公开\",\"assignmentId\":\"a-1\","
            + "\"unitId\":\"341800-fgw\",\"unitName\":\"宣城市发展和改革委员会\",\"role\":\"LEAD\",\"status\":\"IN_PROGRESS\","
            + "\"dueDate\":\"2026-06-30\",\"daysOverdue\":15,\"lastReportAt\":\"2026-05-10T03:00:00Z\"}],"
            + "\"next\":\"bzEAPTNmMmM5YjE0ZDA4…\",\"total\":10000,\"totalExact\":false}";

    static final String ANNUAL = "{\"title\":\"2026年宣城市政务公开重点工作任务分工落实情况\",\"year\":2026,"
            + "\"asOf\":\"2026-12-31\",\"summary\":\"截至2026年12月31日，《2026年宣城市政务公开重点工作任务分工》部署的12项重点任务中，"
            + "已完成10项（占83.3%），持续推进2项，推进中0项，逾期未完成0项。无逾期未完成任务。\",\"sections\":[{\"path\":"
            + "[\"一、深化重点领域信息公开\"],\"rows\":[{\"taskId\":\"t-4\",\"task\":\"4.加强市场规则标准公开\","
            + "\"requirement\":\"全面落实“全国一张清单”管理模式\",\"leadUnits\":\"市发改委\",\"responsibleUnits\":"
            + "\"各县（市、区）政府\",\"outcome\":\"COMPLETED\"}]}]}";

    static final String WEIGHTS =
            "{\"completion\":70,\"reporting\":30,\"lateCredit\":0.5,\"overduePenalty\":5," + "\"urgingPenalty\":1}";

    static final String WEIGHTS_VIEW = "{\"completion\":70.0,\"reporting\":30.0,\"lateCredit\":0.5,"
            + "\"overduePenalty\":5.0,\"urgingPenalty\":1.0,\"formula\":\"70 × (按时完成 + 0.5 × 逾期完成) ÷ (按时完成 + "
            + "逾期完成 + 逾期未完成) + 30 × 按时报送 ÷ 应报送 − 5 × 逾期未完成 − 1 × 催办（分母为0的项计满分，总分限0–100分）\","
            + "\"updatedBy\":\"office-clerk\",\"updatedAt\":\"2026-01-05T02:00:00Z\"}";

    static final String WEIGHTS_REJECTED =
            "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
                    + "\"detail\":\"The weights are not valid: 2 violation(s)\",\"instance\":\"/api/reports/score-weights\","
                    + "\"errors\":[{\"field\":\"lateCredit\",\"message\":\"lateCredit 须在 0–1 之间\"},{\"field\":\"reporting\","
                    + "\"message\":\"completion 与 reporting 之和须为 100\"}]}";

    static final String SCORECARDS = "{\"year\":2026,\"asOf\":\"2027-01-01\","
            + "\"computedAt\":\"2027-01-01T01:20:05.120Z\",\"version\":184467,\"weights\":" + WEIGHTS + ","
            + "\"formula\":\"70 × (按时完成 + 0.5 × 逾期完成) ÷ …\",\"scorecards\":[{\"unitId\":\"341800-fgw\","
            + "\"unitName\":\"宣城市发展和改革委员会\",\"year\":2026,\"assignments\":5,\"completedOnTime\":4,"
            + "\"completedLate\":1,\"overdue\":0,\"reportsDue\":4,\"reportsOnTime\":4,\"remindersReceived\":2,\"urgings\":0,"
            + "\"score\":93.0,\"formula\":\"70 × (按时完成 + 0.5 × 逾期完成) ÷ …\",\"working\":\"70 × (4 + 0.5 × 1) ÷ "
            + "(4 + 1 + 0) + 30 × 4 ÷ 4 − 5 × 0 − 1 × 0 = 93\"}]}";

    static final String REBUILD = "{\"recordsByTopic\":{\"taizhang.plans.v1\":12,\"taizhang.assignments.v1\":840,"
            + "\"taizhang.reminders.v1\":95},\"applied\":947,\"skipped\":0,\"requestedBy\":\"office-clerk\","
            + "\"startedAt\":\"2026-11-22T02:00:00Z\",\"durationMillis\":2350}";

    static final String REBUILD_RUNNING = "{\"running\":true,\"requestedBy\":\"office-clerk\","
            + "\"startedAt\":\"2026-11-22T02:00:00Z\",\"recordsRead\":1500000,\"applied\":1499990,\"skipped\":10,"
            + "\"failure\":null,\"last\":null}";

    static final String FORBIDDEN = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"Your role does not allow this request\",\"instance\":\"/api/reports/units/341800-fgw/summary\"}";

    static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No published plan p-0\",\"instance\":\"/api/reports/plans/p-0/summary\"}";

    static final String BAD_FORMAT = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"Unknown format pdf\",\"instance\":\"/api/reports/plans/p-2026-xc/annual\","
            + "\"errors\":[{\"field\":\"format\",\"message\":\"format 只能是 json、csv、xlsx、docx\"}]}";

    private ReportExamples() {}
}
