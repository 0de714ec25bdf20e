package org.taizhang.assignment.rest;

import java.util.List;
import org.taizhang.assignment.directory.DirectoryUnit;
import org.taizhang.assignment.directory.Resolution;

/** What a name resolves to: FOUND with the unit, AMBIGUOUS with the candidates, or UNKNOWN. */
public record ResolutionView(String name, String outcome, Match unit, List<Match> candidates) {

    /** A directory unit a name matched. */
    public record Match(String id, String name, String regionCode) {
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
