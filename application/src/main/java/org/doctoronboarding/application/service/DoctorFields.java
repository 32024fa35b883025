package org.doctoronboarding.application.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.PersonalDetails;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.doctor.Profile;
import org.doctoronboarding.domain.doctor.ProfileField;
import org.doctoronboarding.domain.doctor.ProfileValues;
import org.doctoronboarding.domain.doctor.Title;

/**
 * Turns a flat map of column names to raw values (as the API and Smart-Fill produce them) into personal
 * details and a profile. Collects every error before failing, so a caller sees all problems at once.
 */
final class DoctorFields {

    static final String TITLE = "title";
    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String EMAIL = "email";
    static final String PHONE_NUMBER = "phone_number";

    private static final Set<String> PERSONAL = Set.of(TITLE, FIRST_NAME, LAST_NAME, EMAIL, PHONE_NUMBER);

    /** Columns the system maintains; a request body may never set them. */
    private static final Set<String> READ_ONLY = Set.of(
            "id", "doctor_id", "detail_id", "onboarding_status", "status_updated_at", "status_updated_by",
            "rejection_reason", "verified_at", "is_active", "registered_at", "created_at", "updated_at",
            "deleted_at", "onboarding_source", "raw_extraction_data", "role");

    private DoctorFields() {
    }

    /** Applies {@code changes} on top of the given personal details and profile; a null value clears a field. */
    static Result apply(PersonalDetails personal, Profile profile, Map<String, Object> changes, int currentYear) {
        List<FieldError> errors = new ArrayList<>();
        Profile updatedProfile = profile;
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String name = change.getKey();
            if (PERSONAL.contains(name)) {
                continue;
            }
            if (READ_ONLY.contains(name)) {
                errors.add(new FieldError(name, "is maintained by the system and cannot be set in a request"));
                continue;
            }
            var field = ProfileField.byColumn(name);
            if (field.isEmpty()) {
                errors.add(new FieldError(name, "is not a profile field; use the column names of doctor_identity and doctor_details"));
                continue;
            }
            try {
                updatedProfile = updatedProfile.with(field.get(), ProfileValues.normalise(field.get(), change.getValue(), currentYear));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }

        PersonalDetails updatedPersonal = applyPersonal(personal, changes, errors);
        errors.addAll(updatedProfile.crossFieldErrors());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Result(updatedPersonal, updatedProfile);
    }

    private static PersonalDetails applyPersonal(PersonalDetails current, Map<String, Object> changes, List<FieldError> errors) {
        int before = errors.size();
        Set<String> invalid = new HashSet<>();
        Title title = current == null ? null : current.title();
        String firstName = current == null ? null : current.firstName();
        String lastName = current == null ? null : current.lastName();
        Email email = current == null ? null : current.email();
        PhoneNumber phone = current == null ? null : current.phoneNumber();

        if (changes.containsKey(TITLE)) {
            String raw = string(TITLE, changes.get(TITLE), errors, invalid);
            title = raw == null ? null : parse(TITLE, () -> Title.parse(raw), errors, invalid);
        }
        if (changes.containsKey(FIRST_NAME)) {
            firstName = PersonalDetails.normaliseName(string(FIRST_NAME, changes.get(FIRST_NAME), errors, invalid));
        }
        if (changes.containsKey(LAST_NAME)) {
            lastName = PersonalDetails.normaliseName(string(LAST_NAME, changes.get(LAST_NAME), errors, invalid));
        }
        if (changes.containsKey(EMAIL)) {
            String raw = string(EMAIL, changes.get(EMAIL), errors, invalid);
            email = raw == null ? null : parse(EMAIL, () -> Email.parse(raw), errors, invalid);
        }
        if (changes.containsKey(PHONE_NUMBER)) {
            String raw = string(PHONE_NUMBER, changes.get(PHONE_NUMBER), errors, invalid);
            phone = raw == null ? null : parse(PHONE_NUMBER, () -> PhoneNumber.parse(raw), errors, invalid);
        }

        requirePresent(FIRST_NAME, firstName, invalid, errors);
        requirePresent(LAST_NAME, lastName, invalid, errors);
        requirePresent(EMAIL, email, invalid, errors);
        requirePresent(PHONE_NUMBER, phone, invalid, errors);
        if (errors.size() > before) {
            return current;
        }
        try {
            return new PersonalDetails(title, firstName, lastName, email, phone);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return current;
        }
    }

    /** Reports a required field without a value, unless it was already reported as invalid. */
    private static void requirePresent(String field, Object value, Set<String> invalid, List<FieldError> errors) {
        if (value == null && !invalid.contains(field)) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private static String string(String field, Object raw, List<FieldError> errors, Set<String> invalid) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof String s) {
            return s.isBlank() ? null : s;
        }
        errors.add(new FieldError(field, "must be a string"));
        invalid.add(field);
        return null;
    }

    private static <T> T parse(String field, Supplier<T> parser, List<FieldError> errors, Set<String> invalid) {
        try {
            return parser.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            invalid.add(field);
            return null;
        }
    }

    record Result(PersonalDetails personal, Profile profile) {
    }
}
