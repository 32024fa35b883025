package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;

/** Reads one active profile. */
public interface GetDoctorQuery {

    /** @throws org.doctoronboarding.domain.NotFoundException when the doctor does not exist or was deleted */
    Doctor get(DoctorId doctorId);
}
