package org.taizhang.assignment.directory.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a directory file (CSV or .xlsx) into a {@link DirectoryTable}. Never throws on content: an unreadable file, a
 * missing header, a bad cell all come back as errors, so that the office sees every problem of a file at once.
 */
public final class DirectoryReader {

    /** Most units one file may hold; a province's directory fits, a runaway export does not. */
    public static final int MAX_ROWS = 20_000;

    public DirectoryTable read(byte[] content, DirectoryFormat format) {
        return format == DirectoryFormat.XLSX ? readXlsx(content) : readCsv(content);
    }

    /** Comma-separated text in UTF-8 (with or without BOM) or GB18030; the header may be on any of the first rows. */
    public DirectoryTable readCsv(byte[] content) {
        if (content == null || content.length == 0) {
            return failed("文件为空 (the file is empty)");
        }
        if (DirectoryFormat.sniff(content) == DirectoryFormat.XLSX) {
            return failed("这是 Excel 工作簿，请按 .xlsx 格式导入 (the file is an .xlsx workbook, not CSV)");
        }
        Optional<String> text = CsvText.decode(content);
        if (text.isEmpty()) {
            return failed("文件不是 UTF-8 或 GBK 编码的 CSV 文本 (the file is not CSV text in UTF-8 or GB18030)");
        }
        return table(CsvParser.parse(text.get()));
    }

    /** The first sheet of an .xlsx workbook. */
    public DirectoryTable readXlsx(byte[] content) {
        return table(XlsxCells.read(content == null ? new byte[0] : content, MAX_ROWS));
    }

    private static DirectoryTable table(SheetRows sheet) {
        if (sheet.rows().stream().allMatch(SheetRow::isBlank)) {
            return sheet.errors().isEmpty()
                    ? failed("文件为空 (the file is empty)")
                    : DirectoryTable.failed(sheet.errors());
        }
        Optional<DirectoryHeader> found = DirectoryHeader.find(sheet.rows());
        if (found.isEmpty()) {
            return failed("找不到表头：前几行中应有“单位编码”“单位名称”“类型”“层级”“区划代码”等列名"
                    + " (no header row: expected id, name, aliases, kind, level, regionCode, parentId)");
        }
        DirectoryHeader header = found.get();
        if (!header.errors().isEmpty()) {
            return DirectoryTable.failed(header.errors());
        }
        List<SheetRow> data = sheet
                .rows()
                .subList(header.index() + 1, sheet.rows().size())
                .stream()
                .filter(row -> !header.isBlank(row))
                .toList();
        if (data.size() > MAX_ROWS) {
            return DirectoryTable.failed(SheetRows.tooMany(MAX_ROWS).errors());
        }
        if (data.isEmpty()) {
            return failed("表头下没有单位 (the file holds no units under its header)");
        }
        return check(header, data, sheet.errors());
    }

    private static DirectoryTable check(DirectoryHeader header, List<SheetRow> data, List<RowError> sheetErrors) {
        RowChecker checker = new RowChecker(header);
        List<DirectoryTable.Line> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(sheetErrors);
        Set<String> ids = new HashSet<>();
        Map<String, Integer> rowOfId = new HashMap<>();
        Map<String, Integer> rowOfName = new HashMap<>();
        for (SheetRow row : data) {
            RowChecker.Checked checked = checker.check(row);
            if (!checked.id().isEmpty()) {
                ids.add(checked.id());
            }
            List<RowError> rowErrors = new ArrayList<>(checked.errors());
            if (checked.unit() != null) {
                rowErrors.addAll(duplicates(checked.row(), checked.unit(), rowOfId, rowOfName));
            }
            if (rowErrors.isEmpty()) {
                lines.add(new DirectoryTable.Line(checked.row(), checked.unit()));
            }
            errors.addAll(rowErrors);
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return new DirectoryTable(lines, ids, errors);
    }

    /** An id, or a name within one region (the database's unique key), already used by an earlier row. */
    private static List<RowError> duplicates(
            int row, DirectoryRow unit, Map<String, Integer> rowOfId, Map<String, Integer> rowOfName) {
        List<RowError> errors = new ArrayList<>();
        Integer idRow = rowOfId.putIfAbsent(unit.id(), row);
        if (idRow != null) {
            errors.add(RowChecker.error(
                    row,
                    DirectoryColumn.ID,
                    "单位编码" + CellText.quote(unit.id()) + "与第" + idRow + "行重复",
                    "id " + unit.id() + " is also on row " + idRow));
        }
        Integer nameRow = rowOfName.putIfAbsent(unit.regionCode() + "\n" + unit.name(), row);
        if (nameRow != null) {
            errors.add(nameTaken(row, unit, nameRow));
        }
        return errors;
    }

    private static RowError nameTaken(int row, DirectoryRow unit, int nameRow) {
        return RowChecker.error(
                row,
                DirectoryColumn.NAME,
                "区划 " + unit.regionCode() + " 中的单位名称" + CellText.quote(unit.name()) + "与第" + nameRow + "行重复",
                "name " + unit.name() + " in region " + unit.regionCode() + " is also on row " + nameRow);
    }

    private static DirectoryTable failed(String message) {
        return DirectoryTable.failed(List.of(RowError.file(message)));
    }
}
