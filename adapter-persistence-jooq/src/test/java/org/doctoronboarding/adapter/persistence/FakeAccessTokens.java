package org.doctoronboarding.adapter.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.doctoronboarding.application.port.out.AccessTokens;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.user.User;

/** Issues unsigned tokens of the form {@code user-<id>}, valid for one hour of the given clock. */
final class FakeAccessTokens implements AccessTokens {

    private static final String PREFIX = "user-";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final Clock clock;

    FakeAccessTokens(Clock clock) {
        this.clock = clock;
    }

    static String tokenFor(long userId) {
        return PREFIX + userId;
    }

    @Override
    public IssuedToken issue(User user) {
        return new IssuedToken(tokenFor(user.id()), clock.instant().plus(LIFETIME));
    }

    @Override
    public TokenClaims verify(String token) {
        if (!token.startsWith(PREFIX)) {
            throw AccessDeniedException.unauthenticated("TOKEN_INVALID", "The test token '" + token + "' is not user-<id>.");
        }
        long userId = Long.parseLong(token.substring(PREFIX.length()));
        Instant expiresAt = clock.instant().plus(LIFETIME);
        return new TokenClaims(userId, "test-" + userId, expiresAt);
    }
}
