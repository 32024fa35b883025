package org.doctoronboarding.domain.doctor;

import static org.doctoronboarding.domain.doctor.FieldKind.DECIMAL;
import static org.doctoronboarding.domain.doctor.FieldKind.INTEGER;
import static org.doctoronboarding.domain.doctor.FieldKind.LONG_TEXT;
import static org.doctoronboarding.domain.doctor.FieldKind.OBJECT;
import static org.doctoronboarding.domain.doctor.FieldKind.OBJECT_LIST;
import static org.doctoronboarding.domain.doctor.FieldKind.STRING_LIST;
import static org.doctoronboarding.domain.doctor.FieldKind.TEXT;
import static org.doctoronboarding.domain.doctor.ProfileBlock.CLINICAL_FOCUS;
import static org.doctoronboarding.domain.doctor.ProfileBlock.CONTENT_SEED;
import static org.doctoronboarding.domain.doctor.ProfileBlock.CREDENTIALS;
import static org.doctoronboarding.domain.doctor.ProfileBlock.HUMAN_SIDE;
import static org.doctoronboarding.domain.doctor.ProfileBlock.LEGACY;
import static org.doctoronboarding.domain.doctor.ProfileBlock.PATIENT_VALUE;
import static org.doctoronboarding.domain.doctor.ProfileBlock.PROFESSIONAL_IDENTITY;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every professional field of {@code doctor_details}, named by its column, with its shape, limits and the
 * column that mirrors it in the legacy {@code doctors} table (null where the legacy table has none).
 */
public enum ProfileField {
    // Block 1: professional identity
    FULL_NAME("full_name", PROFESSIONAL_IDENTITY, TEXT, 200, "full_name"),
    SPECIALTY("specialty", PROFESSIONAL_IDENTITY, TEXT, 100, "specialty"),
    PRIMARY_PRACTICE_LOCATION("primary_practice_location", PROFESSIONAL_IDENTITY, TEXT, 100, "primary_practice_location"),
    CENTRES_OF_PRACTICE("centres_of_practice", PROFESSIONAL_IDENTITY, STRING_LIST, 0, "centres_of_practice"),
    YEARS_OF_CLINICAL_EXPERIENCE("years_of_clinical_experience", PROFESSIONAL_IDENTITY, INTEGER, 0, "years_of_clinical_experience"),
    YEARS_POST_SPECIALISATION("years_post_specialisation", PROFESSIONAL_IDENTITY, INTEGER, 0, "years_post_specialisation"),

    // Block 2: credentials and trust markers
    YEAR_OF_MBBS("year_of_mbbs", CREDENTIALS, INTEGER, 0, "year_of_mbbs"),
    YEAR_OF_SPECIALISATION("year_of_specialisation", CREDENTIALS, INTEGER, 0, "year_of_specialisation"),
    FELLOWSHIPS("fellowships", CREDENTIALS, STRING_LIST, 0, "fellowships"),
    QUALIFICATIONS("qualifications", CREDENTIALS, STRING_LIST, 0, "qualifications"),
    PROFESSIONAL_MEMBERSHIPS("professional_memberships", CREDENTIALS, STRING_LIST, 0, "professional_memberships"),
    AWARDS_ACADEMIC_HONOURS("awards_academic_honours", CREDENTIALS, STRING_LIST, 0, "awards_academic_honours"),

    // Block 3: clinical focus and expertise
    AREAS_OF_CLINICAL_INTEREST("areas_of_clinical_interest", CLINICAL_FOCUS, STRING_LIST, 0, "areas_of_clinical_interest"),
    PRACTICE_SEGMENTS("practice_segments", CLINICAL_FOCUS, TEXT, 50, "practice_segments"),
    CONDITIONS_COMMONLY_TREATED("conditions_commonly_treated", CLINICAL_FOCUS, STRING_LIST, 0, "conditions_commonly_treated"),
    CONDITIONS_KNOWN_FOR("conditions_known_for", CLINICAL_FOCUS, STRING_LIST, 0, "conditions_known_for"),
    CONDITIONS_WANT_TO_TREAT_MORE("conditions_want_to_treat_more", CLINICAL_FOCUS, STRING_LIST, 0, "conditions_want_to_treat_more"),

    // Block 4: the human side
    TRAINING_EXPERIENCE("training_experience", HUMAN_SIDE, STRING_LIST, 0, "training_experience"),
    MOTIVATION_IN_PRACTICE("motivation_in_practice", HUMAN_SIDE, STRING_LIST, 0, "motivation_in_practice"),
    UNWINDING_AFTER_WORK("unwinding_after_work", HUMAN_SIDE, STRING_LIST, 0, "unwinding_after_work"),
    RECOGNITION_IDENTITY("recognition_identity", HUMAN_SIDE, STRING_LIST, 0, "recognition_identity"),
    QUALITY_TIME_INTERESTS("quality_time_interests", HUMAN_SIDE, STRING_LIST, 0, "quality_time_interests"),
    QUALITY_TIME_INTERESTS_TEXT("quality_time_interests_text", HUMAN_SIDE, LONG_TEXT, 0, "quality_time_interests_text"),
    PROFESSIONAL_ACHIEVEMENT("professional_achievement", HUMAN_SIDE, LONG_TEXT, 0, "professional_achievement"),
    PERSONAL_ACHIEVEMENT("personal_achievement", HUMAN_SIDE, LONG_TEXT, 0, "personal_achievement"),
    PROFESSIONAL_ASPIRATION("professional_aspiration", HUMAN_SIDE, LONG_TEXT, 0, "professional_aspiration"),
    PERSONAL_ASPIRATION("personal_aspiration", HUMAN_SIDE, LONG_TEXT, 0, "personal_aspiration"),

    // Block 5: patient value and choice factors
    WHAT_PATIENTS_VALUE_MOST("what_patients_value_most", PATIENT_VALUE, LONG_TEXT, 0, "what_patients_value_most"),
    APPROACH_TO_CARE("approach_to_care", PATIENT_VALUE, LONG_TEXT, 0, "approach_to_care"),
    AVAILABILITY_PHILOSOPHY("availability_philosophy", PATIENT_VALUE, LONG_TEXT, 0, "availability_philosophy"),

    // Block 6: content seed
    CONTENT_SEEDS("content_seeds", CONTENT_SEED, OBJECT_LIST, 0, "content_seeds"),

    // Legacy and compatibility fields
    GENDER("gender", LEGACY, TEXT, 20, "gender"),
    SPECIALITY("speciality", LEGACY, TEXT, 100, null),
    SUB_SPECIALITIES("sub_specialities", LEGACY, STRING_LIST, 0, "sub_specialties"),
    AREAS_OF_EXPERTISE("areas_of_expertise", LEGACY, STRING_LIST, 0, "areas_of_expertise"),
    REGISTRATION_NUMBER("registration_number", LEGACY, TEXT, 100, "medical_registration_number"),
    MEDICAL_COUNCIL("medical_council", LEGACY, TEXT, 200, "medical_council"),
    REGISTRATION_YEAR("registration_year", LEGACY, INTEGER, 0, "registration_year"),
    REGISTRATION_AUTHORITY("registration_authority", LEGACY, TEXT, 100, "registration_authority"),
    CONSULTATION_FEE("consultation_fee", LEGACY, DECIMAL, 0, "consultation_fee"),
    YEARS_OF_EXPERIENCE("years_of_experience", LEGACY, INTEGER, 0, "years_of_experience"),
    CONDITIONS_TREATED("conditions_treated", LEGACY, STRING_LIST, 0, "conditions_treated"),
    PROCEDURES_PERFORMED("procedures_performed", LEGACY, STRING_LIST, 0, "procedures_performed"),
    AGE_GROUPS_TREATED("age_groups_treated", LEGACY, STRING_LIST, 0, "age_groups_treated"),
    LANGUAGES_SPOKEN("languages_spoken", LEGACY, STRING_LIST, 0, "languages"),
    ACHIEVEMENTS("achievements", LEGACY, STRING_LIST, 0, "achievements"),
    PUBLICATIONS("publications", LEGACY, STRING_LIST, 0, "publications"),
    PRACTICE_LOCATIONS("practice_locations", LEGACY, STRING_LIST, 0, "practice_locations"),
    EXTERNAL_LINKS("external_links", LEGACY, OBJECT, 0, "external_links"),
    PROFESSIONAL_OVERVIEW("professional_overview", LEGACY, LONG_TEXT, 0, null),
    ABOUT_ME("about_me", LEGACY, LONG_TEXT, 0, null),
    PROFESSIONAL_TAGLINE("professional_tagline", LEGACY, LONG_TEXT, 0, null),
    MEDIA_URLS("media_urls", LEGACY, OBJECT, 0, null),
    PROFILE_SUMMARY("profile_summary", LEGACY, LONG_TEXT, 0, null);

    private static final Map<String, ProfileField> BY_COLUMN =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ProfileField::column, Function.identity()));

    private final String column;
    private final ProfileBlock block;
    private final FieldKind kind;
    private final int maxLength;
    private final String legacyColumn;

    ProfileField(String column, ProfileBlock block, FieldKind kind, int maxLength, String legacyColumn) {
        this.column = column;
        this.block = block;
        this.kind = kind;
        this.maxLength = maxLength;
        this.legacyColumn = legacyColumn;
    }

    /** Returns the column name in {@code doctor_details}, which is also the API's JSON name. */
    public String column() {
        return column;
    }

    public ProfileBlock block() {
        return block;
    }

    public FieldKind kind() {
        return kind;
    }

    /** Returns the maximum length of a {@link FieldKind#TEXT} value; 0 for other kinds. */
    public int maxLength() {
        return maxLength;
    }

    /** Returns the mirroring column of the legacy {@code doctors} table, if it has one. */
    public Optional<String> legacyColumn() {
        return Optional.ofNullable(legacyColumn);
    }

    /** Finds a field by its column name. */
    public static Optional<ProfileField> byColumn(String column) {
        return Optional.ofNullable(BY_COLUMN.get(column));
    }
}
