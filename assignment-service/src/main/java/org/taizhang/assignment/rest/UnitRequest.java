package org.taizhang.assignment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.service.UnitDetails;

/** A unit to add or edit; {@code id} is the stable code tokens carry (e.g. 341800-fgw), generated when absent. */
@Schema(description = "A unit to add or edit")
public record UnitRequest(
        @Schema(
                description = "The stable id tokens carry as unit_id, e.g. 341800-fgw: letters,"
                        + " digits, ., _ and -, at most 64 characters; generated when left out")
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only")
        String id,

        @Schema(description = "The unit's full name, 1–200 characters") @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "Other names it goes by, each 1–200 characters")
        List<@NotBlank @Size(max = 200) String> aliases,

        @Schema(description = "What sort of body it is") @NotNull
        UnitKind kind,

        @Schema(description = "The administrative level it belongs to") @NotNull
        UnitLevel level,

        @Schema(
                description = "The region it belongs to: an administrative"
                        + " division code, 6 digits (e.g. 341821), 9 or 12 for a town")
        @NotBlank
        @Pattern(regexp = "\\d{2,12}", message = "must be an administrative division code (digits)")
        String regionCode,

        @Schema(description = "The id of a directory unit it sits under, at most 64 characters; optional")
        @Size(max = 64)
        String parentId) {

    public UnitDetails toDetails() {
        return new UnitDetails(name, aliases, kind, level, regionCode.trim(), blankToNull(parentId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
