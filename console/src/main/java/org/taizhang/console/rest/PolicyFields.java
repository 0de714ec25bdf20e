package org.taizhang.console.rest;

import org.jboss.resteasy.reactive.RestForm;
import org.taizhang.console.view.PolicyForm;

/** The reminder policy form's fields as posted; an unticked box is not posted at all. */
public class PolicyFields {

    @RestForm
    String beforeDays;

    @RestForm
    String onDueDay;

    @RestForm
    String overdueEveryDays;

    @RestForm
    String leadUnitAfter;

    @RestForm
    String officeAfter;

    @RestForm
    String defaultCadence;

    @RestForm
    String periodicGraceDays;

    @RestForm
    String localHour;

    @RestForm
    String zone;

    PolicyForm form() {
        return new PolicyForm(
                beforeDays,
                onDueDay,
                overdueEveryDays,
                leadUnitAfter,
                officeAfter,
                defaultCadence,
                periodicGraceDays,
                localHour,
                zone);
    }
}
