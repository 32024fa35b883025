package org.doctoronboarding.application.port.in;

import java.util.Objects;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.DoctorId;

/** A request to move a profile through review; {@code reason} is needed for a rejection. */
public record StatusCommand(DoctorId doctorId, String reason, String notes, Actor actor) {

    public StatusCommand {
        Objects.requireNonNull(doctorId, "doctorId");
        Objects.requireNonNull(actor, "actor");
    }
}
