package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Doctor;

/** Rejects a submitted profile, or revokes a verified one; a reason is required. */
public interface RejectDoctorUseCase {

    /**
     * @throws org.doctoronboarding.domain.NotFoundException when the doctor does not exist or was deleted
     * @throws org.doctoronboarding.domain.ConflictException {@code TRANSITION_NOT_ALLOWED} when the current status
     *     does not allow it; {@code STATUS_CHANGED} when the status differs from the expected one or a concurrent
     *     transition won
     */
    Doctor reject(StatusCommand command);
}
