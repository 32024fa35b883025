package org.doctoronboarding.domain.doctor;

import java.util.regex.Pattern;
import org.doctoronboarding.domain.ValidationException;

/**
 * An Indian mobile number in E.164 form ({@code +91XXXXXXXXXX}). Accepts the ways people write one:
 * spaces, dashes, dots and brackets, a leading trunk 0, and the country code as 91, +91, 091 or 0091.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164_INDIAN_MOBILE = Pattern.compile("\\+91[6-9]\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");

    public PhoneNumber {
        if (value == null || !E164_INDIAN_MOBILE.matcher(value).matches()) {
            throw ValidationException.of("phone_number", "'" + value
                    + "' is not an Indian mobile number in E.164 form (+91 followed by 10 digits starting with 6-9)");
        }
    }

    /** Normalises a written phone number to E.164, or throws a {@link ValidationException} naming the value. */
    public static PhoneNumber parse(String raw) {
        return parse("phone_number", raw);
    }

    /** Like {@link #parse(String)} but reports errors against the given field name. */
    public static PhoneNumber parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of(field, "is required");
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        boolean plus = digits.startsWith("+");
        if (plus) {
            digits = digits.substring(1);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(field, raw);
        }
        String national = nationalNumber(digits, plus);
        if (national == null || national.charAt(0) < '6') {
            throw invalid(field, raw);
        }
        return new PhoneNumber("+91" + national);
    }

    /** Returns the number with all but the last four digits hidden, for logs. */
    public String masked() {
        return "+91******" + value.substring(value.length() - 4);
    }

    private static String nationalNumber(String digits, boolean plus) {
        if (plus) {
            return digits.length() == 12 && digits.startsWith("91") ? digits.substring(2) : null;
        }
        return switch (digits.length()) {
            case 10 -> digits;
            case 11 -> digits.startsWith("0") ? digits.substring(1) : null;
            case 12 -> digits.startsWith("91") ? digits.substring(2) : null;
            case 13 -> digits.startsWith("091") ? digits.substring(3) : null;
            case 14 -> digits.startsWith("0091") ? digits.substring(4) : null;
            default -> null;
        };
    }

    private static ValidationException invalid(String field, String raw) {
        return ValidationException.of(field, "'" + raw.strip() + "' is not a valid Indian mobile number;"
                + " expected 10 digits starting with 6-9, optionally prefixed by 0, 91, +91 or 0091");
    }

    @Override
    public String toString() {
        return value;
    }
}
