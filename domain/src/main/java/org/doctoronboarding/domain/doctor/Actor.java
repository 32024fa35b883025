package org.doctoronboarding.domain.doctor;

/**
 * Who asked for a change and from where, as recorded in the audit trail. Every part is optional: a change
 * made before sign-in exists carries no user.
 */
public record Actor(String userId, String email, String ipAddress, String userAgent) {

    public static final int MAX_IP_LENGTH = 50;

    public Actor {
        if (ipAddress != null && ipAddress.length() > MAX_IP_LENGTH) {
            ipAddress = ipAddress.substring(0, MAX_IP_LENGTH);
        }
    }

    /** An actor known only by its network origin. */
    public static Actor anonymous(String ipAddress, String userAgent) {
        return new Actor(null, null, ipAddress, userAgent);
    }

    /** The actor for changes made by the system itself, such as tests and command-line tools. */
    public static Actor system() {
        return new Actor(null, null, null, null);
    }
}
