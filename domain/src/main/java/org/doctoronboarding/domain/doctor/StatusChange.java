package org.doctoronboarding.domain.doctor;

import java.time.Instant;
import java.util.Objects;

/**
 * One accepted onboarding status transition: the row appended to {@code doctor_status_history} and the
 * guard for the write ({@code previous} must still be the stored status).
 */
public record StatusChange(
        DoctorId doctorId,
        OnboardingStatus previous,
        OnboardingStatus next,
        Actor actor,
        String reason,
        String notes,
        Instant at) {

    public StatusChange {
        Objects.requireNonNull(doctorId, "doctorId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
