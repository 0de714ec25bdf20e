package org.taizhang.assignment.directory.io;

import java.util.List;

/** The cells of one row of a file, with the row number the spreadsheet shows for it. */
record SheetRow(int row, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a position, empty when the row is shorter. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(cell -> CellText.clean(cell).isEmpty());
    }
}
