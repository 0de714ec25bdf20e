package org.taizhang.assignment.rest;

import org.taizhang.assignment.service.DirectoryImportResult;

/** What an import of the directory did, as JSON. */
public record UnitImportView(int created, int updated, int unchanged) {

    public static UnitImportView from(DirectoryImportResult result) {
        return new UnitImportView(result.created(), result.updated(), result.unchanged());
    }
}
