package org.doctoronboarding.domain.doctor;

import java.util.Arrays;
import java.util.Locale;
import org.doctoronboarding.domain.ValidationException;

/** A doctor's honorific, stored as {@code dr}, {@code prof} or {@code prof.dr}. */
public enum Title {
    DR("dr"),
    PROF("prof"),
    PROF_DR("prof.dr");

    private final String value;

    Title(String value) {
        this.value = value;
    }

    /** Returns the stored form, for example {@code prof.dr}. */
    public String value() {
        return value;
    }

    /** Reads "Dr.", "dr", "Prof", "Prof. Dr." and the like, ignoring case, dots and spaces. */
    public static Title parse(String raw) {
        String key = raw == null ? "" : raw.toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", "");
        return switch (key) {
            case "dr", "doctor" -> DR;
            case "prof", "professor" -> PROF;
            case "profdr", "professordoctor", "professordr" -> PROF_DR;
            default -> throw ValidationException.of("title", "'" + raw + "' is not a title; use one of "
                    + Arrays.stream(values()).map(Title::value).toList());
        };
    }
}
