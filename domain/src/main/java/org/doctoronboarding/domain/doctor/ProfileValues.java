package org.doctoronboarding.domain.doctor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.doctoronboarding.domain.ValidationException;

/**
 * Checks and normalises one raw value for a {@link ProfileField}. Raw values are plain Java types as a JSON
 * parser produces them (String, Number, List, Map); the result is the canonical form the profile stores.
 */
public final class ProfileValues {

    /** The earliest plausible year for a degree or registration of a practising doctor. */
    public static final int EARLIEST_YEAR = 1940;
    public static final int MAX_EXPERIENCE_YEARS = 70;
    public static final BigDecimal MAX_CONSULTATION_FEE = new BigDecimal("1000000");
    public static final int MAX_LONG_TEXT = 10_000;
    public static final int MAX_LIST_ITEMS = 100;
    public static final int MAX_LIST_ITEM_LENGTH = 500;

    private ProfileValues() {
    }

    /**
     * Returns the canonical form of {@code raw} for the field, or null when {@code raw} is null or blank
     * (meaning "no value").
     *
     * @param currentYear the calendar year used as the upper bound of year fields
     * @throws ValidationException naming the field, the value and the rule it breaks
     */
    public static Object normalise(ProfileField field, Object raw, int currentYear) {
        if (raw == null) {
            return null;
        }
        return switch (field.kind()) {
            case TEXT -> text(field, raw);
            case LONG_TEXT -> longText(field, raw);
            case INTEGER -> integer(field, raw, currentYear);
            case DECIMAL -> decimal(field, raw);
            case STRING_LIST -> stringList(field, raw);
            case OBJECT_LIST -> objectList(field, raw);
            case OBJECT -> object(field, raw);
        };
    }

    /** Trims a string and collapses runs of whitespace into one space. */
    public static String collapseSpaces(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    private static String text(ProfileField field, Object raw) {
        String value = requireString(field, raw);
        if (value == null) {
            return null;
        }
        if (field == ProfileField.GENDER) {
            return Gender.parse(value).value();
        }
        if (value.length() > field.maxLength()) {
            throw invalid(field, "is " + value.length() + " characters long; the maximum is " + field.maxLength());
        }
        return value;
    }

    private static String longText(ProfileField field, Object raw) {
        if (!(raw instanceof String s)) {
            throw invalid(field, "must be a string, got " + describe(raw));
        }
        String value = s.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_LONG_TEXT) {
            throw invalid(field, "is " + value.length() + " characters long; the maximum is " + MAX_LONG_TEXT);
        }
        return value;
    }

    private static Integer integer(ProfileField field, Object raw, int currentYear) {
        long value = wholeNumber(field, raw);
        int min;
        int max;
        String rule;
        switch (field) {
            case YEAR_OF_MBBS, YEAR_OF_SPECIALISATION, REGISTRATION_YEAR -> {
                min = EARLIEST_YEAR;
                max = currentYear;
                rule = "must be a year between " + min + " and " + max + " (not in the future)";
            }
            default -> {
                min = 0;
                max = MAX_EXPERIENCE_YEARS;
                rule = "must be a number of years between " + min + " and " + max;
            }
        }
        if (value < min || value > max) {
            throw invalid(field, value + " is out of range; it " + rule);
        }
        return (int) value;
    }

    private static BigDecimal decimal(ProfileField field, Object raw) {
        if (!(raw instanceof Number number)) {
            throw invalid(field, "must be a number, got " + describe(raw));
        }
        BigDecimal value = new BigDecimal(number.toString());
        if (value.signum() < 0 || value.compareTo(MAX_CONSULTATION_FEE) > 0) {
            throw invalid(field, value.toPlainString() + " is out of range; it must be between 0 and "
                    + MAX_CONSULTATION_FEE.toPlainString());
        }
        return value.stripTrailingZeros();
    }

    private static List<String> stringList(ProfileField field, Object raw) {
        if (!(raw instanceof List<?> items)) {
            throw invalid(field, "must be an array of strings, got " + describe(raw));
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String s)) {
                throw invalid(field, "item " + i + " must be a string, got " + describe(items.get(i)));
            }
            String item = collapseSpaces(s);
            if (item.length() > MAX_LIST_ITEM_LENGTH) {
                throw invalid(field, "item " + i + " is " + item.length() + " characters long; the maximum is "
                        + MAX_LIST_ITEM_LENGTH);
            }
            if (!item.isEmpty() && seen.add(item.toLowerCase(Locale.ROOT))) {
                result.add(item);
            }
        }
        if (result.size() > MAX_LIST_ITEMS) {
            throw invalid(field, "has " + result.size() + " items; the maximum is " + MAX_LIST_ITEMS);
        }
        return List.copyOf(result);
    }

    private static List<Map<String, Object>> objectList(ProfileField field, Object raw) {
        if (!(raw instanceof List<?> items)) {
            throw invalid(field, "must be an array of objects, got " + describe(raw));
        }
        if (items.size() > MAX_LIST_ITEMS) {
            throw invalid(field, "has " + items.size() + " items; the maximum is " + MAX_LIST_ITEMS);
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> map)) {
                throw invalid(field, "item " + i + " must be an object, got " + describe(items.get(i)));
            }
            result.add(copyObject(field, map));
        }
        return List.copyOf(result);
    }

    private static Map<String, Object> object(ProfileField field, Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw invalid(field, "must be an object, got " + describe(raw));
        }
        return copyObject(field, map);
    }

    private static Map<String, Object> copyObject(ProfileField field, Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String name) || name.isBlank()) {
                throw invalid(field, "object keys must be non-empty strings");
            }
            copy.put(name, value);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static String requireString(ProfileField field, Object raw) {
        if (!(raw instanceof String s)) {
            throw invalid(field, "must be a string, got " + describe(raw));
        }
        String value = collapseSpaces(s);
        return value.isEmpty() ? null : value;
    }

    private static long wholeNumber(ProfileField field, Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigInteger big && big.bitLength() < 63) {
            return big.longValue();
        }
        if (raw instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (decimal.stripTrailingZeros().scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
                return decimal.longValue();
            }
        }
        throw invalid(field, "must be a whole number, got " + describe(raw));
    }

    private static String describe(Object raw) {
        if (raw == null) {
            return "null";
        }
        if (raw instanceof String s) {
            return "the string '" + s + "'";
        }
        if (raw instanceof List<?>) {
            return "an array";
        }
        if (raw instanceof Map<?, ?>) {
            return "an object";
        }
        if (raw instanceof Boolean b) {
            return "the boolean " + b;
        }
        return raw.toString();
    }

    private static ValidationException invalid(ProfileField field, String rule) {
        return ValidationException.of(field.column(), rule);
    }
}
