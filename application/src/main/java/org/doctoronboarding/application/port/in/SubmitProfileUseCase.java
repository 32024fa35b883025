package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Doctor;

/** Submits a profile for review (from pending, or again after a rejection). */
public interface SubmitProfileUseCase {

    /**
     * @throws org.doctoronboarding.domain.NotFoundException when the doctor does not exist or was deleted
     * @throws org.doctoronboarding.domain.ConflictException {@code TRANSITION_NOT_ALLOWED} when the current status
     *     does not allow it; {@code STATUS_CHANGED} when the status differs from the expected one or a concurrent
     *     transition won
     */
    Doctor submit(StatusCommand command);
}
