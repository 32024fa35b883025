package org.doctoronboarding.domain;

import java.util.List;

/**
 * A request that is valid on its own but collides with the current state: a duplicate key, a status
 * transition the workflow does not allow, or a concurrent change that won first.
 */
public final class ConflictException extends DomainException {

    private final String field;
    private final List<String> allowed;

    private ConflictException(String code, String message, String field, List<String> allowed) {
        super(code, message);
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    /** Reports that another doctor already has the given unique value. */
    public static ConflictException doctorAlreadyExists(String field) {
        return new ConflictException("DOCTOR_ALREADY_EXISTS",
                "Another doctor already has this " + field + ".", field, List.of());
    }

    /** Reports a status transition the onboarding workflow does not allow from the current status. */
    public static ConflictException transitionNotAllowed(String current, String requested, List<String> allowed) {
        String targets = allowed.isEmpty() ? "none" : String.join(", ", allowed);
        return new ConflictException("TRANSITION_NOT_ALLOWED",
                "Cannot move a doctor from '" + current + "' to '" + requested + "'; allowed from '"
                        + current + "': " + targets + ".",
                null, allowed);
    }

    /** Reports that a profile's status is no longer the one the caller acted on. */
    public static ConflictException statusChanged(long doctorId, String expected, String current) {
        return new ConflictException("STATUS_CHANGED", "Doctor " + doctorId + " is now '" + current
                + "', not '" + expected + "' as expected; reload the profile and decide again.", null, List.of());
    }

    /** Reports a conflict that has its own code and message, such as a second profile for one account. */
    public static ConflictException of(String code, String message) {
        return new ConflictException(code, message, null, List.of());
    }

    /** Reports that another request changed the same record between our read and our write. */
    public static ConflictException concurrentUpdate(long doctorId) {
        return new ConflictException("CONCURRENT_UPDATE",
                "Doctor " + doctorId + " was changed by another request; reload it and try again.", null, List.of());
    }

    /** Returns the field whose unique value collided, or null when the conflict is not about one field. */
    public String field() {
        return field;
    }

    /** Returns the statuses allowed from the current one, for a refused transition; empty otherwise. */
    public List<String> allowed() {
        return allowed;
    }
}
