package org.doctoronboarding.domain;

/**
 * A caller that is not signed in, whose credentials are no longer valid (401), or who is signed in but lacks
 * the right to act (403).
 */
public final class AccessDeniedException extends DomainException {

    private final boolean authenticated;

    private AccessDeniedException(String code, String message, boolean authenticated) {
        super(code, message);
        this.authenticated = authenticated;
    }

    /** Creates a failure to establish who the caller is, such as {@code TOKEN_EXPIRED} or {@code OTP_INVALID}. */
    public static AccessDeniedException unauthenticated(String code, String message) {
        return new AccessDeniedException(code, message, false);
    }

    /** Creates a failure for a known caller without the right to do this. */
    public static AccessDeniedException forbidden(String message) {
        return new AccessDeniedException("FORBIDDEN", message, true);
    }

    /** Returns true when the caller is known but not allowed (403), false when not signed in properly (401). */
    public boolean authenticated() {
        return authenticated;
    }
}
