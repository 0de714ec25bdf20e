package org.taizhang.plan.rest;

import org.taizhang.platform.security.Caller;

/**
 * Who sees what of plans: the office and auditors see drafts too, and who created and changed a plan; everyone else
 * only public plans, without the office staff's account ids.
 */
final class Access {

    private Access() {}

    static boolean seesDrafts(Caller caller) {
        return caller.hasRole(Caller.OFFICE) || caller.hasRole(Caller.AUDITOR);
    }

    /** The Keycloak subjects of the office staff are internal: the public learns the office's plan, not its accounts. */
    static boolean seesPeople(Caller caller) {
        return seesDrafts(caller);
    }
}
