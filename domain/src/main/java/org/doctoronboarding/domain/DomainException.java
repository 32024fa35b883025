package org.doctoronboarding.domain;

/**
 * Base of every expected failure the core reports. Each subtype carries a stable machine code that the
 * HTTP adapter maps to one status, so callers can branch on {@link #code()} rather than on message text.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationException, NotFoundException, ConflictException, UnprocessableDocumentException,
        AccessDeniedException, RateLimitedException, ExternalServiceException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Returns the stable machine code, for example {@code TRANSITION_NOT_ALLOWED}. */
    public String code() {
        return code;
    }
}
