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

    private UnitExamples() {}
}
