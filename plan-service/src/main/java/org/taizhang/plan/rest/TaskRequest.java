package org.taizhang.plan.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.plan.service.ImportLimits;

/**
 * A task to add or change. Units come either as phrases, as a document writes them ({@code leadUnits},
 * {@code responsibleUnits}: "市发改委牵头，各县（市、区）政府负责"), or as an exact list ({@code units}); the deadline as
 * written ("年底前", "持续推进"). On a published plan the change is an amendment and needs a {@code reason}. Field
 * limits are the ones an import is held to ({@link ImportLimits}).
 */
@Schema(description = "A task to add or change; on a published plan" + " the change is an amendment and needs a reason")
public record TaskRequest(
        @Schema(description = "The task number as the plan writes it, e.g. 3 or (二)3; at most 20 characters")
        @Size(max = ImportLimits.NUMBER)
        String number,

        @Schema(
                description = "The section headings from the top level"
                        + " down, e.g. [\"一、…\", \"（一）…\"]; each 1–500 characters")
        List<@NotBlank @Size(max = ImportLimits.SECTION) String> sectionPath,

        @Schema(description = "The task text (工作任务), 1–2000 characters") @NotBlank @Size(max = ImportLimits.TITLE)
        String title,

        @Schema(description = "The requirement text (工作要求), at most 10000 characters")
        @Size(max = ImportLimits.REQUIREMENT)
        String requirement,

        @Schema(description = "The deadline as written (时限), e.g. 年底前, 6月底前, 持续推进 or 每季度; at most 200 characters")
        @Size(max = ImportLimits.DEADLINE)
        String deadline,

        @Schema(
                description = "Lead units (牵头单位) as a document writes them, e.g."
                        + " 市发改委、市财政局; at most 2000 characters; ignored when units is given")
        @Size(max = 2000)
        String leadUnits,

        @Schema(
                description = "Responsible units (责任单位) as a document writes them, e.g."
                        + " 市发改委牵头，各县（市、区）政府负责; at most 2000 characters; ignored when units is given")
        @Size(max = 2000)
        String responsibleUnits,

        @Schema(description = "The units as an exact list, instead of leadUnits and responsibleUnits")
        List<@Valid UnitInput> units,

        @Schema(
                description = "Why a published plan's task is changed, at"
                        + " most 2000 characters; required on a published plan")
        @Size(max = 2000)
        String reason) {}
