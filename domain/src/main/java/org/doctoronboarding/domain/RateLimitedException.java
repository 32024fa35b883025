package org.doctoronboarding.domain;

/** A request refused because its sender asked too often; it may be retried after the given delay. */
public final class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;

    public RateLimitedException(String code, String message, long retryAfterSeconds) {
        super(code, message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Returns the whole seconds to wait before retrying, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
