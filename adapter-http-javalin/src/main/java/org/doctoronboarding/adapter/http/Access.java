package org.doctoronboarding.adapter.http;

import org.doctoronboarding.domain.user.Role;

/** The access rule of a route. Per-profile rules (a doctor reaches only their own) are enforced by the use cases. */
enum Access {
    /** Anyone, without a token. */
    PUBLIC,
    /** Any signed-in account. */
    SIGNED_IN,
    /** Operations staff and administrators. */
    STAFF,
    /** Administrators only. */
    ADMIN;

    boolean allows(Role role) {
        return switch (this) {
            case PUBLIC, SIGNED_IN -> true;
            case STAFF -> role.isStaff();
            case ADMIN -> role == Role.ADMIN;
        };
    }
}
