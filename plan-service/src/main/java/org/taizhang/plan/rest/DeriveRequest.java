package org.taizhang.plan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.taizhang.plan.derive.DerivationTarget;
import org.taizhang.plan.entity.PlanLevel;

/** The lower government to derive a plan for, e.g. {@code {"regionCode":"341821","regionName":"郎溪县"}}. */
public record DeriveRequest(
        @NotBlank @Pattern(regexp = "\\d{6,12}", message = "must be a county or town division code")
        String regionCode,

        @NotBlank @Size(max = 100) String regionName,
        PlanLevel level,
        @Size(max = 500) String title) {

    public DerivationTarget target() {
        return new DerivationTarget(regionCode, regionName.trim(), level);
    }
}
