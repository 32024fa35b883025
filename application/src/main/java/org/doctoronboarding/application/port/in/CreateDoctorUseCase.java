package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Doctor;

/** Creates a doctor's profile in status {@code pending}. */
public interface CreateDoctorUseCase {

    /**
     * @throws org.doctoronboarding.domain.ValidationException listing every invalid or unknown field
     * @throws org.doctoronboarding.domain.ConflictException {@code DOCTOR_ALREADY_EXISTS} naming the duplicate field
     */
    Doctor create(CreateDoctorCommand command);
}
