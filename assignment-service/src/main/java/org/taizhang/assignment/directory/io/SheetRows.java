package org.taizhang.assignment.directory.io;

import java.util.List;

/** What a CSV or workbook reader got out of a file: its rows, and what kept it from reading all of them. */
record SheetRows(List<SheetRow> rows, List<RowError> errors) {

    SheetRows {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    static SheetRows tooMany(int max) {
        return failed("文件超过 " + max + " 行，请分批导入 (more than " + max + " rows: split the file)");
    }

    static SheetRows failed(String message) {
        return new SheetRows(List.of(), List.of(RowError.file(message)));
    }
}
