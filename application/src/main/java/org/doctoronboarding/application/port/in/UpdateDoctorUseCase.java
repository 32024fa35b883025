package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Doctor;

/** Changes fields of an existing profile (PATCH semantics). */
public interface UpdateDoctorUseCase {

    /**
     * @throws org.doctoronboarding.domain.NotFoundException when the doctor does not exist or was deleted
     * @throws org.doctoronboarding.domain.ValidationException listing every invalid, unknown or read-only field
     * @throws org.doctoronboarding.domain.ConflictException on a duplicate unique value or a concurrent change
     */
    Doctor update(UpdateDoctorCommand command);
}
