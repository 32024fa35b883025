package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Doctor;

/** Lists active profiles, newest first. */
public interface ListDoctorsQuery {

    Page<Doctor> list(DoctorFilter filter, PageRequest page);
}
