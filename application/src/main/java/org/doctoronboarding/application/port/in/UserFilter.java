package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.user.Role;

/** Filters for listing accounts; a null part does not filter. */
public record UserFilter(Role role, Boolean active) {
}
