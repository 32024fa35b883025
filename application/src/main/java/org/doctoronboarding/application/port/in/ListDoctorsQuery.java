package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.Doctor;

/** Lists active profiles, newest first. */
public interface ListDoctorsQuery {

    /** @throws org.doctoronboarding.domain.AccessDeniedException {@code FORBIDDEN} unless the actor is staff */
    Page<Doctor> list(DoctorFilter filter, PageRequest page, Actor actor);
}
