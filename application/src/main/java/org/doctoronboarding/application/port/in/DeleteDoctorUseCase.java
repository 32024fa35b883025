package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.DoctorId;

/** Soft-deletes a profile; it disappears from lists and reads but stays in the database. */
public interface DeleteDoctorUseCase {

    /** @throws org.doctoronboarding.domain.NotFoundException when no active doctor has this number */
    void delete(DoctorId doctorId, Actor actor);
}
