package org.taizhang.reminder.rest;

/** Example bodies shown in the OpenAPI document. */
final class Examples {

    static final String POLICY_REQUEST = "{\"beforeDays\":[5,1],\"onDueDay\":true,\"overdueEveryDays\":3,"
            + "\"leadUnitAfter\":2,\"officeAfter\":4,\"defaultCadence\":\"QUARTERLY\",\"periodicGraceDays\":10,"
            + "\"localHour\":9,\"zone\":\"Asia/Shanghai\"}";

    static final String POLICY = "{\"planId\":\"6f1c…\",\"beforeDays\":[10,3],\"onDueDay\":true,\"overdueEveryDays\":2,"
            + "\"leadUnitAfter\":1,\"officeAfter\":3,\"defaultCadence\":\"MONTHLY\",\"periodicGraceDays\":5,"
            + "\"localHour\":9,\"zone\":\"Asia/Shanghai\",\"builtIn\":false,\"updatedBy\":\"office-clerk\","
            + "\"updatedAt\":\"2026-03-02T02:00:00Z\"}";

    static final String POLICY_INVALID = "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
            + "\"detail\":\"The policy is not valid: 2 violation(s)\",\"errors\":[{\"field\":\"beforeDays\","
            + "\"message\":\"each entry must be 1..60 working days, not 0\"},{\"field\":\"localHour\","
            + "\"message\":\"must be 0..23, not 25\"}]}";

    static final String CALENDAR = "{\"year\":2026,\"official\":true,\"uploaded\":false,"
            + "\"source\":\"国办发明电〔2025〕7号\",\"workingDays\":250,"
            + "\"holidays\":[{\"name\":\"春节\",\"from\":\"2026-02-15\",\"to\":\"2026-02-23\"}],"
            + "\"makeUpWorkdays\":[\"2026-02-14\",\"2026-02-28\"],"
            + "\"days\":[{\"date\":\"2026-02-14\",\"workingDay\":true,\"holidayName\":null,\"makeUpWorkday\":true},"
            + "{\"date\":\"2026-02-15\",\"workingDay\":false,\"holidayName\":\"春节\",\"makeUpWorkday\":false}]}";

    static final String CALENDAR_UPLOAD = "{\"year\":2027,\"source\":\"国办发明电〔2026〕…号\","
            + "\"holidays\":[{\"name\":\"元旦\",\"from\":\"2027-01-01\",\"to\":\"2027-01-03\"}],"
            + "\"makeUpWorkdays\":[]}";

    static final String CALENDAR_INVALID = "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\","
            + "\"status\":422,\"detail\":\"The calendar is not valid: 1 error(s)\",\"errors\":[{\"field\":"
            + "\"makeUpWorkdays[0]\",\"message\":\"2027-01-05 is a TUESDAY, a make-up workday must be a weekend\"}]}";

    static final String SUBSCRIPTION_REQUEST = "{\"unitId\":\"341800-fgw\",\"channel\":\"WEBHOOK\","
            + "\"url\":\"https://oa.example.gov.cn/hooks/taizhang\",\"secret\":\"s3cret-at-least-16\"}";

    static final String WECOM_REQUEST = "{\"unitId\":\"341800-fgw\",\"channel\":\"WECOM\","
            + "\"url\":\"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa\"}";

    static final String DINGTALK_REQUEST = "{\"unitId\":\"341800-fgw\",\"channel\":\"DINGTALK\","
            + "\"url\":\"https://oapi.dingtalk.com/robot/send?access_token=e9a8118c8a3d…\","
            + "\"secret\":\"SEC10d6e79b42bd94be0d0d603843651aa2…\",\"keyword\":\"台账提醒\"}";

    static final String SMS_REQUEST =
            "{\"unitId\":\"341800-fgw\",\"channel\":\"SMS\"," + "\"phones\":[\"13800138000\",\"+8613900139000\"]}";

    static final String DINGTALK_SUBSCRIPTION = "{\"id\":\"4a1e…\",\"unitId\":\"341800-fgw\",\"regionCode\":null,"
            + "\"channel\":\"DINGTALK\",\"url\":\"https://oapi.dingtalk.com/robot/send?access_token=***\","
            + "\"email\":null,\"secretSet\":true,\"keyword\":\"台账提醒\",\"phones\":null,\"active\":true,"
            + "\"createdBy\":\"office-clerk\",\"createdAt\":\"2026-03-02T02:00:00Z\","
            + "\"updatedBy\":\"office-clerk\",\"updatedAt\":\"2026-03-02T02:00:00Z\"}";

    static final String BAD_PHONE = "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
            + "\"detail\":\"The subscription is not valid: 1 error(s)\",\"errors\":[{\"field\":\"phones\","
            + "\"message\":\"'0551-1234567' is not a mainland mobile number (11 digits starting 13–19, +86 allowed)\"}]}";

    static final String SUBSCRIPTION = "{\"id\":\"3f0d…\",\"unitId\":\"341800-fgw\",\"regionCode\":null,"
            + "\"channel\":\"WEBHOOK\",\"url\":\"https://oa.example.gov.cn/hooks/taizhang\",\"email\":null,"
            + "\"secretSet\":true,\"keyword\":null,\"phones\":null,\"active\":true,\"createdBy\":\"office-clerk\","
            + "\"createdAt\":\"2026-03-02T02:00:00Z\",\"updatedBy\":\"office-clerk\","
            + "\"updatedAt\":\"2026-03-02T02:00:00Z\"}";

    static final String REFUSED_URL = "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
            + "\"detail\":\"The subscription is not valid: 1 error(s)\",\"errors\":[{\"field\":\"url\","
            + "\"message\":\"refused: 2130706433 is a loopback address (127.0.0.1) not allowed for webhooks"
            + " (taizhang.reminders.webhook-allow)\"}]}";

    static final String SUBSCRIPTION_PAGE = "{\"items\":[" + SUBSCRIPTION + "],\"page\":0,\"size\":50,\"total\":1}";

    static final String DELIVERY = "{\"id\":\"9a7e…\",\"reminderId\":\"5b2c…\",\"subscriptionId\":\"3f0d…\","
            + "\"channel\":\"WEBHOOK\",\"target\":\"https://oa.example.gov.cn/hooks/taizhang\","
            + "\"status\":\"FAILED\",\"attempts\":10,\"nextAttemptAt\":null,\"lastError\":\"HTTP 503\","
            + "\"lastAttemptAt\":\"2026-04-11T03:10:00Z\",\"deliveredAt\":null,"
            + "\"failedAt\":\"2026-04-11T03:10:00Z\",\"createdAt\":\"2026-04-10T01:00:00Z\"}";

    static final String DELIVERY_PAGE = "{\"items\":[" + DELIVERY + "],\"page\":0,\"size\":50,\"total\":1}";

    static final String REMINDER_PAGE = "{\"items\":[{\"id\":\"5b2c…\",\"assignmentId\":\"8c1e…\","
            + "\"planId\":\"6f1c…\",\"taskId\":\"0b6a…\",\"unitId\":\"341821-gov\",\"regionCode\":\"341821\","
            + "\"kind\":\"OVERDUE\",\"dueDate\":\"2026-03-31\",\"step\":3,\"target\":\"LEAD_UNIT\","
            + "\"recipientUnitId\":\"341800-fgw\",\"fireOn\":\"2026-04-10\",\"fireAt\":\"2026-04-10T01:00:00Z\","
            + "\"officialCalendar\":true,\"status\":\"DELIVERED\",\"issuedAt\":\"2026-04-10T01:00:03Z\","
            + "\"urgedBy\":null,\"note\":null}],\"page\":0,\"size\":50,\"total\":1}";

    static final String URGE_REQUEST = "{\"assignmentId\":\"8c1e2f4a-0d7b-4c55-9a51-3e0f6b7d2c11\","
            + "\"note\":\"请于4月15日前报送落实情况及佐证材料。\",\"requestId\":\"c3b9e0d2-5f1a-4e77-8d0b-2a6c9f4e1b38\"}";

    static final String URGED = "{\"id\":\"7d4a…\",\"assignmentId\":\"8c1e2f4a-0d7b-4c55-9a51-3e0f6b7d2c11\","
            + "\"planId\":\"6f1c…\",\"taskId\":\"0b6a…\",\"unitId\":\"341821-gov\",\"regionCode\":\"341821\","
            + "\"kind\":\"OVERDUE\",\"dueDate\":\"2026-03-31\",\"step\":2,\"target\":\"UNIT\","
            + "\"recipientUnitId\":\"341821-gov\",\"fireOn\":\"2026-04-08\",\"fireAt\":\"2026-04-08T06:12:40Z\","
            + "\"officialCalendar\":true,\"status\":\"PENDING\",\"issuedAt\":\"2026-04-08T06:12:40Z\","
            + "\"urgedBy\":\"office-clerk\",\"note\":\"请于4月15日前报送落实情况及佐证材料。\"}";

    static final String URGE_INVALID = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"The request is not valid: 1 field(s) rejected\",\"errors\":[{\"field\":\"note\","
            + "\"message\":\"size must be between 0 and 500\"}]}";

    static final String URGE_NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"Assignment 8c1e2f4a-0d7b-4c55-9a51-3e0f6b7d2c11 does not exist\"}";

    static final String REQUEST_ID_REUSED = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"requestId c3b9e0d2-5f1a-4e77-8d0b-2a6c9f4e1b38 was already used for another urge"
            + " (assignment 5e2d…, issued 2026-04-08T06:10:02Z)\"}";

    static final String NOT_URGEABLE = "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\","
            + "\"status\":422,\"detail\":\"Assignment 8c1e2f4a-0d7b-4c55-9a51-3e0f6b7d2c11 is due on 2026-12-31"
            + " and not overdue until 2027-01-01\"}";

    static final String URGE_COOLDOWN = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\","
            + "\"status\":429,\"detail\":\"Assignment 8c1e2f4a-0d7b-4c55-9a51-3e0f6b7d2c11 was urged at"
            + " 2026-04-08T06:12:40Z; it may be urged again from 2026-04-08T07:12:40Z\","
            + "\"instance\":\"/api/reminders/urge\",\"urgeableAt\":\"2026-04-08T07:12:40Z\"}";

    static final String REMINDER_NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"Reminder 7d4a… does not exist\"}";

    static final String FORBIDDEN = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"Your role does not allow this request\"}";

    static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"Delivery 9a7e… does not exist\"}";

    private Examples() {}
}
