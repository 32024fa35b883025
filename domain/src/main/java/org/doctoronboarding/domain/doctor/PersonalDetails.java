package org.doctoronboarding.domain.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;

/** The identity part of a profile: title, names and contact details, as kept in {@code doctor_identity}. */
public record PersonalDetails(Title title, String firstName, String lastName, Email email, PhoneNumber phoneNumber) {

    public static final int MAX_NAME_LENGTH = 100;

    public PersonalDetails {
        List<FieldError> errors = new ArrayList<>();
        checkName("first_name", firstName, errors);
        checkName("last_name", lastName, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
    }

    /** Trims a name and collapses inner whitespace, keeping null for "not given". */
    public static String normaliseName(String raw) {
        return raw == null ? null : ProfileValues.collapseSpaces(raw);
    }

    private static void checkName(String field, String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError(field, "is " + name.length() + " characters long; the maximum is " + MAX_NAME_LENGTH));
        } else if (!name.equals(normaliseName(name))) {
            errors.add(new FieldError(field, "must not have leading, trailing or repeated spaces"));
        }
    }
}
