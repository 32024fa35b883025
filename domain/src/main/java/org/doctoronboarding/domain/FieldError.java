package org.doctoronboarding.domain;

import java.util.Objects;

/** One rejected input value: the field it was given for and the rule it broke, in words a caller can act on. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
