package org.doctoronboarding.application.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doctoronboarding.domain.FieldError;

/** Checks the names in a request's field map against the ones a use case accepts. */
final class RequestFields {

    private RequestFields() {
    }

    /** Adds one error for each name outside {@code allowed}, in name order, listing the accepted names. */
    static void rejectUnknown(Map<String, Object> fields, Set<String> allowed, List<FieldError> errors) {
        String accepted = String.join(", ", allowed.stream().sorted().toList());
        fields.keySet().stream().filter(name -> !allowed.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "is not accepted here; use " + accepted)));
    }
}
