package org.taizhang.assignment.rest;

/** Example bodies shown in the OpenAPI document. */
final class UnitExamples {

    static final String UNIT = "{\"id\":\"341800-fgw\",\"name\":\"宣城市发展和改革委员会\",\"aliases\":[\"市发改委\",\"市发展改革委\"],"
            + "\"kind\":\"DEPARTMENT\",\"level\":\"CITY\",\"regionCode\":\"341800\",\"parentId\":\"341800-gov\","
            + "\"updatedBy\":\"office\",\"updatedAt\":\"2026-02-20T01:00:00Z\"}";

    static final String UNIT_PAGE = "{\"items\":[" + UNIT + "],\"page\":0,\"size\":50,\"total\":1}";

    static final String UNIT_REQUEST = "{\"id\":\"341800-fgw\",\"name\":\"宣城市发展和改革委员会\","
            + "\"aliases\":[\"市发改委\"],\"kind\":\"DEPARTMENT\",\"level\":\"CITY\",\"regionCode\":\"341800\","
            + "\"parentId\":\"341800-gov\"}";

    static final String RESOLVED = "{\"name\":\"市发改委\",\"outcome\":\"FOUND\",\"unit\":{\"id\":\"341800-fgw\","
            + "\"name\":\"宣城市发展和改革委员会\",\"regionCode\":\"341800\"},\"candidates\":[]}";

    static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"Unit 341800-xyz is not in the directory\"}";

    static final String CONFLICT = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"Region 341800 already has a unit named 宣城市财政局\"}";

    static final String CSV = "id,name,aliases,kind,level,regionCode,parentId\r\n"
            + "341800-gov,宣城市人民政府,市政府,GOVERNMENT,CITY,341800,\r\n"
            + "341800-fgw,宣城市发展和改革委员会,市发改委|市发展改革委,DEPARTMENT,CITY,341800,341800-gov\r\n";

    static final String IMPORTED = "{\"created\":12,\"updated\":3,\"unchanged\":140}";

    static final String IMPORT_REJECTED =
            "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
                    + "\"detail\":\"文件中有 2 处错误，未导入任何单位 (2 problem(s) in the file; nothing was imported)\","
                    + "\"instance\":\"/api/units/import\",\"errors\":["
                    + "{\"field\":\"rows[3].regionCode\",\"message\":\"区划代码「34180」无效，应为2、4、6、9位数字或补零到6、9、12位，如 341800"
                    + " (regionCode must be an administrative division code such as 341800)\"},"
                    + "{\"field\":\"rows[5].parentId\",\"message\":\"上级单位「341800-xyz」既不在文件中，也不在单位名录中"
                    + " (parent 341800-xyz is neither in the file nor in the directory)\"}]}";

    static final String BAD_FORMAT = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"format 只能是 csv 或 xlsx (format must be csv or xlsx)\","
            + "\"errors\":[{\"field\":\"format\",\"message\":\"format 只能是 csv 或 xlsx (format must be csv or xlsx)\"}]}";

    private UnitExamples() {}
}
