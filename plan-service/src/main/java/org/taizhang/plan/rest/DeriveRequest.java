package org.taizhang.plan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.plan.derive.DerivationTarget;
import org.taizhang.plan.entity.PlanLevel;

/** The lower government to derive a plan for, e.g. {@code {"regionCode":"341821","regionName":"郎溪县"}}. */
@Schema(description = "The lower government to derive a plan for, from the tasks that reach it")
public record DeriveRequest(
        @Schema(
                description = "The lower government's region: a county or"
                        + " town division code of 6–12 digits, e.g. 341821")
        @NotBlank
        @Pattern(regexp = "\\d{6,12}", message = "must be a county or town division code")
        String regionCode,

        @Schema(description = "The region's name, e.g. 郎溪县; 1–100 characters") @NotBlank @Size(max = 100)
        String regionName,

        @Schema(
                description = "The lower government's level; when left out, read from the"
                        + " code and the name (6 digits: COUNTY or DISTRICT, 9: TOWN)")
        PlanLevel level,

        @Schema(
                description = "The derived plan's title, at most 500 characters; by default"
                        + " the region, year and source plan, e.g. 郎溪县2026年政务公开重点工作任务分工（承接…）")
        @Size(max = 500)
        String title) {

    public DerivationTarget target() {
        return new DerivationTarget(regionCode, regionName.trim(), level);
    }
}
