package org.taizhang.plan.parse;

/** Something the import could not fully understand, for the office to check; {@code taskIndex} is null for the whole document. */
public record ImportDiagnostic(Integer taskIndex, String code, String message) {

    public static final String UNPARSED_DEADLINE = "UNPARSED_DEADLINE";
    public static final String UNKNOWN_LAYOUT = "UNKNOWN_LAYOUT";
    public static final String NO_HEADER = "NO_HEADER";
    public static final String SHIFTED_ROW = "SHIFTED_ROW";
    public static final String MERGED_ROW = "MERGED_ROW";
    public static final String EXTRA_CELL = "EXTRA_CELL";
    public static final String MISSING_UNITS = "MISSING_UNITS";
    public static final String AMBIGUOUS_UNITS = "AMBIGUOUS_UNITS";
    public static final String UNRECOGNISED_UNIT = "UNRECOGNISED_UNIT";

    public static ImportDiagnostic forTask(int taskIndex, String code, String message) {
        return new ImportDiagnostic(taskIndex, code, message);
    }

    public static ImportDiagnostic forDocument(String code, String message) {
        return new ImportDiagnostic(null, code, message);
    }
}
