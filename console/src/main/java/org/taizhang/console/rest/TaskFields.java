package org.taizhang.console.rest;

import org.jboss.resteasy.reactive.RestForm;
import org.taizhang.console.view.TaskForm;

/** The task edit form's fields as posted. */
public class TaskFields {

    @RestForm
    String number;

    @RestForm
    String sections;

    @RestForm
    String title;

    @RestForm
    String requirement;

    @RestForm
    String deadline;

    @RestForm
    String leadUnits;

    @RestForm
    String responsibleUnits;

    @RestForm
    String reason;

    TaskForm form() {
        return new TaskForm(number, sections, title, requirement, deadline, leadUnits, responsibleUnits, reason);
    }
}
