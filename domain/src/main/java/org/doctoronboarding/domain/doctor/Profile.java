package org.doctoronboarding.domain.doctor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doctoronboarding.domain.FieldError;

/**
 * The professional part of a doctor's profile: the six questionnaire blocks and the legacy fields. Holds
 * only normalised values (see {@link ProfileValues}); a field without a value is simply absent.
 */
public final class Profile {

    private static final Profile EMPTY = new Profile(new EnumMap<>(ProfileField.class));

    private final Map<ProfileField, Object> values;

    private Profile(EnumMap<ProfileField, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Profile empty() {
        return EMPTY;
    }

    /**
     * Rebuilds a profile from stored values that were normalised when written. Empty lists and objects count
     * as absent.
     */
    public static Profile reconstitute(Map<ProfileField, Object> stored) {
        EnumMap<ProfileField, Object> copy = new EnumMap<>(ProfileField.class);
        stored.forEach((field, value) -> {
            if (!isEmptyValue(value)) {
                copy.put(field, value);
            }
        });
        return new Profile(copy);
    }

    /** Returns a copy with one field set to an already normalised value, or cleared when it is null or empty. */
    public Profile with(ProfileField field, Object normalisedValue) {
        EnumMap<ProfileField, Object> copy = values.isEmpty()
                ? new EnumMap<>(ProfileField.class) : new EnumMap<>(values);
        if (isEmptyValue(normalisedValue)) {
            copy.remove(field);
        } else {
            copy.put(field, normalisedValue);
        }
        return new Profile(copy);
    }

    /** Returns every field that has a value, in declaration order. */
    public Map<ProfileField, Object> values() {
        return values;
    }

    /** Returns the field's value, or null when it has none. */
    public Object get(ProfileField field) {
        return values.get(field);
    }

    public Optional<String> text(ProfileField field) {
        return Optional.ofNullable((String) values.get(field));
    }

    public Optional<Integer> integer(ProfileField field) {
        return Optional.ofNullable((Integer) values.get(field));
    }

    public Optional<BigDecimal> decimal(ProfileField field) {
        return Optional.ofNullable((BigDecimal) values.get(field));
    }

    /** Returns the strings of a list field; empty when it has none. */
    @SuppressWarnings("unchecked")
    public List<String> strings(ProfileField field) {
        Object value = values.get(field);
        return value == null ? List.of() : (List<String>) value;
    }

    /** Checks the rules that span fields: a specialisation cannot precede the MBBS. */
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        Optional<Integer> mbbs = integer(ProfileField.YEAR_OF_MBBS);
        integer(ProfileField.YEAR_OF_SPECIALISATION).ifPresent(specialisation -> mbbs
                .filter(year -> specialisation < year)
                .ifPresent(year -> errors.add(new FieldError("year_of_specialisation", specialisation
                        + " is before year_of_mbbs " + year + "; a specialisation cannot precede the MBBS"))));
        return errors;
    }

    private static boolean isEmptyValue(Object value) {
        return value == null
                || value instanceof List<?> list && list.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Profile profile && profile.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Profile" + values;
    }
}
