package org.taizhang.assignment.rest;

import org.taizhang.assignment.progress.Reporter;
import org.taizhang.platform.security.Caller;

/** The caller as a reporter: the strongest writing role decides the scope. */
final class Reporters {

    private Reporters() {}

    static Reporter of(Caller caller) {
        if (caller.hasRole(Caller.OFFICE)) {
            return new Reporter(caller.subject(), Reporter.Via.OFFICE, null, null);
        }
        if (caller.hasRole(Caller.UNIT)) {
            return new Reporter(
                    caller.subject(), Reporter.Via.UNIT, caller.unitId().orElse(null), null);
        }
        if (caller.hasRole(Caller.INTEGRATION)) {
            return new Reporter(
                    caller.subject(),
                    Reporter.Via.INTEGRATION,
                    null,
                    caller.region().orElse(null));
        }
        return new Reporter(caller.subject(), Reporter.Via.NONE, null, null);
    }
}
