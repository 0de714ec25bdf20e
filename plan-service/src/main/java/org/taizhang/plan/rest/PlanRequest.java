package org.taizhang.plan.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.taizhang.plan.entity.PlanLevel;
import org.taizhang.plan.service.PlanDetails;

/** The header of a plan to create or edit. */
public record PlanRequest(
        @NotBlank @Size(max = 500) String title,
        @Min(2000) @Max(2100) int year,

        @NotBlank @Pattern(regexp = "\\d{2,12}", message = "must be an administrative division code (digits)")
        String regionCode,

        @Size(max = 100) String regionName,
        PlanLevel level,
        UUID parentPlanId) {

    public PlanDetails toDetails() {
        return new PlanDetails(title.trim(), year, regionCode, regionName, level, parentPlanId);
    }
}
