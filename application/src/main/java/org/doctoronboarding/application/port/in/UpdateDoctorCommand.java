package org.doctoronboarding.application.port.in;

import java.util.Map;
import java.util.Objects;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.DoctorId;

/**
 * A partial update: only the fields present in {@code changes} are touched, and a null value clears one.
 */
public record UpdateDoctorCommand(DoctorId doctorId, Map<String, Object> changes, Actor actor) {

    public UpdateDoctorCommand {
        Objects.requireNonNull(doctorId, "doctorId");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(actor, "actor");
    }
}
