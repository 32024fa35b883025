package org.doctoronboarding.domain.doctor;

import java.util.List;
import java.util.Objects;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;

/** A profile that is valid and ready to be stored, before the database has given it a doctor number. */
public record NewDoctor(PersonalDetails personal, Profile profile, OnboardingSource source, String rawExtractionJson) {

    public NewDoctor {
        Objects.requireNonNull(personal, "personal");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(source, "source");
        List<FieldError> errors = profile.crossFieldErrors();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
