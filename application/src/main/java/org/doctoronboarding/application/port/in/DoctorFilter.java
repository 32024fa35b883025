package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.OnboardingStatus;

/**
 * Filters for listing doctors; a null part does not filter. {@code specialty} and {@code city} match
 * case-insensitively and exactly; {@code query} matches part of a name, e-mail or registration number.
 */
public record DoctorFilter(OnboardingStatus status, String specialty, String city, String query) {

    public static DoctorFilter none() {
        return new DoctorFilter(null, null, null, null);
    }
}
