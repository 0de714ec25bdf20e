package org.taizhang.plan.rest;

import org.taizhang.platform.security.Caller;

/** Who sees what of plans: the office and auditors see drafts too; everyone else only public plans. */
final class Access {

    private Access() {}

    static boolean seesDrafts(Caller caller) {
        return caller.hasRole(Caller.OFFICE) || caller.hasRole(Caller.AUDITOR);
    }
}
