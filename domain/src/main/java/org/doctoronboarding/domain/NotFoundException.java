package org.doctoronboarding.domain;

/** A requested resource does not exist or is not visible to the caller. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String code, String message) {
        super(code, message);
    }

    public static NotFoundException doctor(long doctorId) {
        return new NotFoundException("DOCTOR_NOT_FOUND", "Doctor " + doctorId + " does not exist or has been deleted.");
    }
}
