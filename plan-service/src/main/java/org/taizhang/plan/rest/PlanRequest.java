package org.taizhang.plan.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.plan.entity.PlanLevel;
import org.taizhang.plan.service.PlanDetails;

/** The header of a plan to create or edit. */
@Schema(description = "The header of a plan to create or edit")
public record PlanRequest(
        @Schema(description = "The plan's title, 1–500 characters") @NotBlank @Size(max = 500)
        String title,

        @Schema(description = "The plan year, 2000–2100") @Min(2000) @Max(2100)
        int year,

        @Schema(
                description = "The issuing government's region: an administrative division code of"
                        + " 2–12 digits: 6 for a county or above, e.g. 341800, 9 or 12 for a town")
        @NotBlank
        @Pattern(regexp = "\\d{2,12}", message = "must be an administrative division code (digits)")
        String regionCode,

        @Schema(description = "The region's name, e.g. 宣城市; at most 100 characters") @Size(max = 100)
        String regionName,

        @Schema(
                description = "The issuing government's level; when left"
                        + " out, CITY for a new plan and unchanged on an edit")
        PlanLevel level,

        @Schema(description = "The plan it is derived from; optional")
        UUID parentPlanId) {

    public PlanDetails toDetails() {
        return new PlanDetails(title.trim(), year, regionCode, regionName, level, parentPlanId);
    }
}
