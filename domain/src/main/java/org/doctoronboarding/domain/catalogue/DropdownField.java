package org.doctoronboarding.domain.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.doctoronboarding.domain.ValidationException;

/** The fields whose values come from the curated dropdown catalogue, named as in {@code dropdown_options}. */
public enum DropdownField {
    SPECIALTY("specialty"),
    SUB_SPECIALTIES("sub_specialties"),
    QUALIFICATIONS("qualifications"),
    FELLOWSHIPS("fellowships"),
    PROFESSIONAL_MEMBERSHIPS("professional_memberships"),
    LANGUAGES_SPOKEN("languages_spoken"),
    AGE_GROUPS_TREATED("age_groups_treated"),
    PRIMARY_PRACTICE_LOCATION("primary_practice_location"),
    PRACTICE_SEGMENTS("practice_segments"),
    TRAINING_EXPERIENCE("training_experience"),
    MOTIVATION_IN_PRACTICE("motivation_in_practice"),
    UNWINDING_AFTER_WORK("unwinding_after_work"),
    QUALITY_TIME_INTERESTS("quality_time_interests"),
    CONDITIONS_TREATED("conditions_treated"),
    PROCEDURES_PERFORMED("procedures_performed");

    private final String fieldName;

    DropdownField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** Returns the stored name, for example {@code languages_spoken}. */
    public String fieldName() {
        return fieldName;
    }

    /** Returns every supported name, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(DropdownField::fieldName).toList();
    }

    public static Optional<DropdownField> find(String name) {
        return Arrays.stream(values()).filter(field -> field.fieldName.equals(name)).findFirst();
    }

    /** Reads a field name, or throws a {@link ValidationException} that lists the supported ones. */
    public static DropdownField parse(String name) {
        return find(name).orElseThrow(() -> ValidationException.of("field_name",
                "'" + name + "' is not a dropdown field; use one of " + String.join(", ", names())));
    }
}
