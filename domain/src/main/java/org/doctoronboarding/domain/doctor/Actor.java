package org.doctoronboarding.domain.doctor;

import org.doctoronboarding.domain.user.Role;

/**
 * The caller of a request and its origin: the signed-in user's id, e-mail, role and own profile, plus the
 * client's IP address and user agent for the audit trail. A null role marks a trusted in-process caller,
 * such as a command-line tool or an embedding service, which the access rules do not restrict.
 */
public record Actor(String userId, String email, Role role, DoctorId doctorId, String ipAddress, String userAgent) {

    public static final int MAX_IP_LENGTH = 50;

    public Actor {
        if (ipAddress != null && ipAddress.length() > MAX_IP_LENGTH) {
            ipAddress = ipAddress.substring(0, MAX_IP_LENGTH);
        }
    }

    /** Creates a trusted in-process actor known by id, e-mail and network origin. */
    public Actor(String userId, String email, String ipAddress, String userAgent) {
        this(userId, email, null, null, ipAddress, userAgent);
    }

    /** Returns the actor for changes made by the system itself, such as tests and command-line tools. */
    public static Actor system() {
        return new Actor(null, null, null, null, null, null);
    }

    /** Returns true for a trusted in-process caller, which no access rule restricts. */
    public boolean trusted() {
        return role == null;
    }

    /** Returns this actor with its own profile set, after it created one. */
    public Actor withDoctor(DoctorId ownDoctor) {
        return new Actor(userId, email, role, ownDoctor, ipAddress, userAgent);
    }
}
