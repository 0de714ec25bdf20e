package org.taizhang.assignment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.service.UnitDetails;

/** A unit to add or edit; {@code id} is the stable code tokens carry (e.g. 341800-fgw), generated when absent. */
public record UnitRequest(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only")
        String id,

        @NotBlank @Size(max = 200) String name,
        List<@NotBlank @Size(max = 200) String> aliases,
        @NotNull UnitKind kind,
        @NotNull UnitLevel level,

        @NotBlank @Pattern(regexp = "\\d{2,12}", message = "must be an administrative division code (digits)")
        String regionCode,

        @Size(max = 64) String parentId) {

    public UnitDetails toDetails() {
        return new UnitDetails(name, aliases, kind, level, regionCode.trim(), blankToNull(parentId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
