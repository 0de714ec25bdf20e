package org.taizhang.console.rest;

import org.taizhang.console.api.Plan;
import org.taizhang.console.api.ReminderPolicy;

/** The reminder policy a page shows: whose it is (a plan's, or the default when plan is null), as it stands, and
 * whether the plan has its own. */
public record ShownPolicy(Plan plan, ReminderPolicy current, boolean own) {}
