package org.doctoronboarding.domain.doctor;

import java.util.Locale;
import java.util.regex.Pattern;
import org.doctoronboarding.domain.ValidationException;

/** An e-mail address, trimmed and lower-cased so that uniqueness does not depend on how it was typed. */
public record Email(String value) {

    /** The legacy {@code doctors.email} column is VARCHAR(100), and every doctor is mirrored there. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern SHAPE =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    public Email {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.startsWith(".") || value.contains("..")) {
            throw ValidationException.of("email", "'" + value + "' is not a valid e-mail address (name@domain.tld, at most "
                    + MAX_LENGTH + " characters)");
        }
    }

    /** Trims and lower-cases a written address, or throws a {@link ValidationException} naming the value. */
    public static Email parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of("email", "is required");
        }
        return new Email(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** Returns the address with the local part hidden except its first character, for logs. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return value;
    }
}
