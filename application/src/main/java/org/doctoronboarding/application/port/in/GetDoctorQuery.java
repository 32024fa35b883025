package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;

/** Reads one active profile. */
public interface GetDoctorQuery {

    /**
     * @throws org.doctoronboarding.domain.NotFoundException when the doctor does not exist, was deleted, or is
     *     another doctor's profile and the actor is a doctor
     */
    Doctor get(DoctorId doctorId, Actor actor);
}
