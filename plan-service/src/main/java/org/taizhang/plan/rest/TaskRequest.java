package org.taizhang.plan.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.taizhang.plan.service.ImportLimits;

/**
 * A task to add or change. Units come either as phrases, as a document writes them ({@code leadUnits},
 * {@code responsibleUnits}: "市发改委牵头，各县（市、区）政府负责"), or as an exact list ({@code units}); the deadline as
 * written ("年底前", "持续推进"). On a published plan the change is an amendment and needs a {@code reason}. Field
 * limits are the ones an import is held to ({@link ImportLimits}).
 */
public record TaskRequest(
        @Size(max = ImportLimits.NUMBER) String number,
        List<@NotBlank @Size(max = ImportLimits.SECTION) String> sectionPath,
        @NotBlank @Size(max = ImportLimits.TITLE) String title,
        @Size(max = ImportLimits.REQUIREMENT) String requirement,
        @Size(max = ImportLimits.DEADLINE) String deadline,
        @Size(max = 2000) String leadUnits,
        @Size(max = 2000) String responsibleUnits,
        List<@Valid UnitInput> units,
        @Size(max = 2000) String reason) {}
