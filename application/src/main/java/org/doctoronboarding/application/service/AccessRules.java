package org.doctoronboarding.application.service;

import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.user.Role;

/**
 * The access rules for profiles and staff work. Staff reach every profile; a doctor reaches only their own, and anyone
 * else's looks as if it did not exist. Trusted in-process actors are not restricted.
 */
final class AccessRules {

    private AccessRules() {
    }

    /** Refuses callers that are not operations staff or administrators. */
    static void requireStaff(Actor actor, String action) {
        if (!actor.trusted() && !actor.role().isStaff()) {
            throw AccessDeniedException.forbidden("Only operations staff and administrators may " + action + ".");
        }
    }

    /** Refuses callers that are not administrators. */
    static void requireAdmin(Actor actor, String action) {
        if (!actor.trusted() && actor.role() != Role.ADMIN) {
            throw AccessDeniedException.forbidden("Only administrators may " + action + ".");
        }
    }

    /** Hides a profile from a doctor who does not own it, as if it did not exist. */
    static void requireVisible(Actor actor, DoctorId doctorId) {
        if (!actor.trusted() && !actor.role().isStaff() && !doctorId.equals(actor.doctorId())) {
            throw NotFoundException.doctor(doctorId.value());
        }
    }
}
