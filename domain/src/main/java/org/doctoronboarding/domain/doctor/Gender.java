package org.doctoronboarding.domain.doctor;

import java.util.Arrays;
import java.util.Locale;
import org.doctoronboarding.domain.ValidationException;

/** Gender as recorded on the profile, stored lower-case. */
public enum Gender {
    MALE("male"),
    FEMALE("female"),
    OTHER("other");

    private final String value;

    Gender(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** Reads "Male", "M", "female", "F", "Other" and the like. */
    public static Gender parse(String raw) {
        String key = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "male", "m", "man" -> MALE;
            case "female", "f", "woman" -> FEMALE;
            case "other", "o", "non-binary", "nonbinary" -> OTHER;
            default -> throw ValidationException.of("gender", "'" + raw + "' is not a gender; use one of "
                    + Arrays.stream(values()).map(Gender::value).toList());
        };
    }
}
