package org.doctoronboarding.domain;

/** A service outside this system, such as the SMS gateway, failed; the request can be tried again later. */
public final class ExternalServiceException extends DomainException {

    public ExternalServiceException(String code, String message) {
        super(code, message);
    }
}
