package org.doctoronboarding.application.port.in;

import java.util.Objects;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.OnboardingStatus;

/**
 * A request to move a profile through review.
 *
 * @param reason needed for a rejection
 * @param expectedStatus the status the caller saw, or null; when given and the profile has moved on since,
 *     the request is refused with {@code STATUS_CHANGED} instead of acting on a state the caller never saw
 */
public record StatusCommand(DoctorId doctorId, String reason, String notes, OnboardingStatus expectedStatus, Actor actor) {

    public StatusCommand {
        Objects.requireNonNull(doctorId, "doctorId");
        Objects.requireNonNull(actor, "actor");
    }

    /** Creates a command without an expected status. */
    public StatusCommand(DoctorId doctorId, String reason, String notes, Actor actor) {
        this(doctorId, reason, notes, null, actor);
    }
}
