package org.taizhang.console.api;

import java.util.List;

/** A service's application/problem+json answer. */
public record Problem(String title, int status, String detail, List<FieldError> errors) {

    /** One field a service refused, and why. */
    public record FieldError(String field, String message) {}
}
