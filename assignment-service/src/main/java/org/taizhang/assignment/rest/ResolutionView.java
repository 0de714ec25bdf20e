package org.taizhang.assignment.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.directory.DirectoryUnit;
import org.taizhang.assignment.directory.Resolution;

/** What a name resolves to: FOUND with the unit, AMBIGUOUS with the candidates, or UNKNOWN. */
@Schema(description = "What a unit name resolves to in the directory")
public record ResolutionView(
        @Schema(description = "The name asked about") String name,

        @Schema(description = "FOUND with the unit, AMBIGUOUS with the candidates, or UNKNOWN")
        String outcome,

        @Schema(description = "For FOUND, the unit; null otherwise")
        Match unit,

        @Schema(description = "For AMBIGUOUS, the units the name fits; empty otherwise")
        List<Match> candidates) {

    /** A directory unit a name matched. */
    @Schema(description = "A directory unit a name matched")
    public record Match(
            @Schema(description = "The unit's directory id") String id,
            @Schema(description = "The unit's full name") String name,

            @Schema(
                    description = "The unit's region: an administrative division"
                            + " code, 6 digits (e.g. 341821), 9 or 12 for a town")
            String regionCode) {
        static Match of(DirectoryUnit unit) {
            return new Match(unit.id(), unit.name(), unit.regionCode());
        }
    }

    public static ResolutionView from(String name, Resolution resolution) {
        if (resolution instanceof Resolution.Found found) {
            return new ResolutionView(name, "FOUND", Match.of(found.unit()), List.of());
        }
        if (resolution instanceof Resolution.Ambiguous ambiguous) {
            return new ResolutionView(
                    name,
                    "AMBIGUOUS",
                    null,
                    ambiguous.candidates().stream().map(Match::of).toList());
        }
        return new ResolutionView(name, "UNKNOWN", null, List.of());
    }
}
