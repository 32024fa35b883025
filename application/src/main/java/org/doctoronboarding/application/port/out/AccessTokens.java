package org.doctoronboarding.application.port.out;

import java.time.Instant;
import org.doctoronboarding.domain.user.User;

/** Issues and checks the signed access tokens that callers present on every request. */
public interface AccessTokens {

    /** Issues a token for the user, carrying its id, role and linked profile. */
    IssuedToken issue(User user);

    /**
     * Checks a token's signature, algorithm, issuer, audience and expiry.
     *
     * @throws org.doctoronboarding.domain.AccessDeniedException {@code TOKEN_EXPIRED} or {@code TOKEN_INVALID}
     */
    TokenClaims verify(String token);

    /** A token with the instant it stops being accepted. */
    record IssuedToken(String token, Instant expiresAt) {
    }

    /** The claims of a valid token about its holder. Role and profile are re-read from the database on use. */
    record TokenClaims(long userId, String tokenId, Instant expiresAt) {
    }
}
