package org.taizhang.console;

/** Answers of assignment-, reminder- and reporting-service for the office's pages, as their examples show them. */
final class OfficeSamples {

    static final String PENDING_ID = "2b7e0b7e-3c52-4d8e-9a57-0f4f8f0e2a55";
    static final String UNIT_ID = "341800-fgw";
    static final String SUBSCRIPTION_ID = "3f0d0b7e-3c52-4d8e-9a57-0f4f8f0e2a33";
    static final String DELIVERY_ID = "9a7e0b7e-3c52-4d8e-9a57-0f4f8f0e2a44";

    private OfficeSamples() {}

    static String pendingPage(String reason, String candidates) {
        return "{\"items\":[{\"id\":\"" + PENDING_ID + "\",\"planId\":\"" + Samples.PLAN_ID + "\",\"taskId\":\""
                + Samples.TASK_ID + "\",\"taskNumber\":\"5\",\"taskTitle\":\"及时公开建设高标准市场体系行动方案的落实举措\","
                + "\"mention\":\"市发改委\",\"role\":\"RESPONSIBLE\",\"reason\":\"" + reason + "\","
                + "\"candidateUnitIds\":[" + candidates + "],\"status\":\"OPEN\","
                + "\"createdAt\":\"2026-03-02T01:00:00Z\",\"resolvedUnitIds\":[]}],\"page\":1,\"size\":20,\"total\":23}";
    }

    static String unit() {
        return "{\"id\":\"341800-fgw\",\"name\":\"宣城市发展和改革委员会\",\"aliases\":[\"市发改委\",\"市发展改革委\"],"
                + "\"kind\":\"DEPARTMENT\",\"level\":\"CITY\",\"regionCode\":\"341800\",\"parentId\":\"341800-gov\","
                + "\"updatedBy\":\"office\",\"updatedAt\":\"2026-02-20T01:00:00Z\"}";
    }

    static String unitPage() {
        return "{\"items\":[" + unit() + "],\"page\":0,\"size\":20,\"total\":57}";
    }

    static String resolution() {
        return "{\"name\":\"市发改委\",\"outcome\":\"FOUND\",\"unit\":{\"id\":\"341800-fgw\","
                + "\"name\":\"宣城市发展和改革委员会\",\"regionCode\":\"341800\"},\"candidates\":[]}";
    }

    static String policy(String planId, boolean builtIn) {
        return "{\"planId\":" + (planId == null ? "null" : "\"" + planId + "\"") + ",\"beforeDays\":[10,3],"
                + "\"onDueDay\":true,\"overdueEveryDays\":2,\"leadUnitAfter\":1,\"officeAfter\":3,"
                + "\"defaultCadence\":\"MONTHLY\",\"periodicGraceDays\":5,\"localHour\":9,\"zone\":\"Asia/Shanghai\","
                + "\"builtIn\":" + builtIn + ",\"updatedBy\":\"office-clerk\",\"updatedAt\":\"2026-03-02T02:00:00Z\"}";
    }

    static String subscription() {
        return "{\"id\":\"" + SUBSCRIPTION_ID + "\",\"unitId\":\"341800-fgw\",\"regionCode\":null,"
                + "\"channel\":\"WEBHOOK\",\"url\":\"https://oa.example.gov.cn/hooks/taizhang\",\"email\":null,"
                + "\"secretSet\":true,\"active\":true,\"createdBy\":\"office-clerk\","
                + "\"createdAt\":\"2026-03-02T02:00:00Z\",\"updatedBy\":\"office-clerk\","
                + "\"updatedAt\":\"2026-03-02T02:00:00Z\"}";
    }

    /** A subscription of another channel: a robot's URL (masked as the service shows it) or SMS numbers. */
    static String subscription(String channel, String url, String phonesJson) {
        return "{\"id\":\"" + SUBSCRIPTION_ID + "\",\"unitId\":\"341800-fgw\",\"regionCode\":null,"
                + "\"channel\":\"" + channel + "\",\"url\":" + (url == null ? "null" : "\"" + url + "\"")
                + ",\"email\":null,\"secretSet\":false,\"keyword\":null,\"phones\":" + phonesJson
                + ",\"active\":true,\"createdBy\":\"office-clerk\",\"createdAt\":\"2026-03-02T02:00:00Z\","
                + "\"updatedBy\":\"office-clerk\",\"updatedAt\":\"2026-03-02T02:00:00Z\"}";
    }

    static String subscriptionPage() {
        return "{\"items\":[" + subscription() + "],\"page\":0,\"size\":20,\"total\":1}";
    }

    static String deliveryPage(String status) {
        return "{\"items\":[{\"id\":\"" + DELIVERY_ID + "\",\"reminderId\":\"5b2c0b7e-3c52-4d8e-9a57-0f4f8f0e2a66\","
                + "\"subscriptionId\":\"" + SUBSCRIPTION_ID + "\",\"channel\":\"WEBHOOK\","
                + "\"target\":\"https://oa.example.gov.cn/hooks/taizhang\",\"status\":\"" + status + "\","
                + "\"attempts\":10,\"nextAttemptAt\":null,\"lastError\":\"HTTP 503\","
                + "\"lastAttemptAt\":\"2026-04-11T03:10:00Z\",\"deliveredAt\":null,"
                + "\"failedAt\":\"2026-04-11T03:10:00Z\",\"createdAt\":\"2026-04-10T01:00:00Z\"}],"
                + "\"page\":0,\"size\":20,\"total\":1}";
    }

    static String scorecards(int units) {
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < units; i++) {
            cards.append(i == 0 ? "" : ",")
                    .append("{\"unitId\":\"341800-u")
                    .append(i)
                    .append("\",\"unitName\":\"")
                    .append(i == 0 ? "宣城市发展和改革委员会" : "单位" + i)
                    .append("\",\"year\":2026,\"assignments\":5,\"completedOnTime\":4,\"completedLate\":1,")
                    .append("\"overdue\":0,\"reportsDue\":4,\"reportsOnTime\":4,\"remindersReceived\":2,")
                    .append("\"urgings\":0,\"score\":")
                    .append(93 - i)
                    .append(".0,\"formula\":\"…\",\"working\":\"70 × (4 + 0.5 × 1) ÷ (4 + 1 + 0) + 30 × 4 ÷ 4 = 93\"}");
        }
        return "{\"year\":2026,\"asOf\":\"2027-01-01\",\"computedAt\":\"2026-12-07T02:05:00Z\","
                + "\"weights\":{\"completion\":70},"
                + "\"formula\":\"70 × (按时完成 + 0.5 × 逾期完成) ÷ 应完成 + 30 × 按时报送 ÷ 应报送\","
                + "\"scorecards\":[" + cards + "]}";
    }
}
