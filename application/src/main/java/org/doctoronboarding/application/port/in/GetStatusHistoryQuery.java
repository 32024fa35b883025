package org.doctoronboarding.application.port.in;

import java.util.List;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.StatusHistoryEntry;

/** Reads the audit trail of a profile's status changes, oldest first. */
public interface GetStatusHistoryQuery {

    /** @throws org.doctoronboarding.domain.NotFoundException when the doctor does not exist or was deleted */
    List<StatusHistoryEntry> history(DoctorId doctorId, Actor actor);
}
