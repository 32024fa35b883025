package org.doctoronboarding.domain.user;

import java.util.Arrays;
import org.doctoronboarding.domain.ValidationException;

/** The role of a signed-in user: a doctor ({@code user}), operations staff, or an administrator. */
public enum Role {
    ADMIN("admin"),
    OPERATIONAL("operational"),
    USER("user");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** Returns true for the staff roles, which review and edit every doctor. */
    public boolean isStaff() {
        return this == ADMIN || this == OPERATIONAL;
    }

    public static Role parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(role -> role.value.equals(raw))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(field, "'" + raw + "' is not a role; use one of "
                        + Arrays.stream(values()).map(Role::value).toList()));
    }
}
