package org.taizhang.console.rest;

import jakarta.ws.rs.WebApplicationException;
import java.util.Set;

/** Which refusals of a service are about what the form said (shown beside the form) rather than about the page. */
final class Refusals {

    private static final Set<Integer> ABOUT_THE_FORM = Set.of(400, 409, 413, 415, 422);

    private Refusals() {}

    static boolean aboutTheForm(WebApplicationException refusal) {
        return ABOUT_THE_FORM.contains(refusal.getResponse().getStatus());
    }
}
