package org.taizhang.console.api;

import java.util.List;

/** What a unit name means in a region: FOUND with the unit, AMBIGUOUS with candidates, or UNKNOWN. */
public record Resolution(String name, String outcome, Match unit, List<Match> candidates) {

    /** A directory unit the name matched. */
    public record Match(String id, String name, String regionCode) {}

    /** The units the name may mean: the one found, or the candidates. */
    public List<Match> matches() {
        if (unit != null) {
            return List.of(unit);
        }
        return candidates == null ? List.of() : candidates;
    }
}
