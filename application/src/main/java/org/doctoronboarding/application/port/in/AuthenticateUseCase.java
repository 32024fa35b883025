package org.doctoronboarding.application.port.in;

import org.doctoronboarding.domain.user.User;

/** Turns a presented access token into the current state of its account. */
public interface AuthenticateUseCase {

    /**
     * Checks the token and returns its account as stored now (role and active flag at most a short cache
     * period old).
     *
     * @throws org.doctoronboarding.domain.AccessDeniedException {@code TOKEN_MISSING}, {@code TOKEN_INVALID} or
     *     {@code TOKEN_EXPIRED}
     */
    User authenticate(String bearerToken);
}
