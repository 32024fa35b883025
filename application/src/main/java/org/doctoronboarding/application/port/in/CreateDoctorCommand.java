package org.doctoronboarding.application.port.in;

import java.util.Map;
import java.util.Objects;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.OnboardingSource;

/**
 * A request to create a profile.
 *
 * @param fields column name to raw value, as a JSON parser yields them ({@code first_name}, {@code last_name},
 *     {@code email} and {@code phone_number} are required)
 * @param source how the profile was collected
 * @param rawExtractionJson the Smart-Fill output the profile came from, as JSON text; null for manual entry
 */
public record CreateDoctorCommand(Map<String, Object> fields, OnboardingSource source, String rawExtractionJson, Actor actor) {

    public CreateDoctorCommand {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
    }
}
