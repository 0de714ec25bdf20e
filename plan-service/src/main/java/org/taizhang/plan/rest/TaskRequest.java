package org.taizhang.plan.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A task to add or change. Units come either as phrases, as a document writes them ({@code leadUnits},
 * {@code responsibleUnits}: "市发改委牵头，各县（市、区）政府负责"), or as an exact list ({@code units}); the deadline as
 * written ("年底前", "持续推进"). On a published plan the change is an amendment and needs a {@code reason}.
 */
public record TaskRequest(
        @Size(max = 20) String number,
        List<@NotBlank @Size(max = 500) String> sectionPath,
        @NotBlank @Size(max = 2000) String title,
        @Size(max = 10000) String requirement,
        @Size(max = 200) String deadline,
        @Size(max = 2000) String leadUnits,
        @Size(max = 2000) String responsibleUnits,
        List<@Valid UnitInput> units,
        @Size(max = 2000) String reason) {}
