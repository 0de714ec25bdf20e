package org.taizhang.assignment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.service.DirectoryImportResult;

/** What an import of the directory did, as JSON. */
@Schema(description = "What an import of the directory did")
public record UnitImportView(
        @Schema(description = "Units added") int created,
        @Schema(description = "Units changed") int updated,

        @Schema(description = "Rows that matched a unit as it was")
        int unchanged) {

    public static UnitImportView from(DirectoryImportResult result) {
        return new UnitImportView(result.created(), result.updated(), result.unchanged());
    }
}
