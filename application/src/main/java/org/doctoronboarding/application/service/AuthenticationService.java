package org.doctoronboarding.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.doctoronboarding.application.port.in.AuthenticateUseCase;
import org.doctoronboarding.application.port.out.AccessTokens;
import org.doctoronboarding.application.port.out.UserRepository;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.user.User;

/**
 * Checks access tokens and loads the account behind them. Role, active flag and profile link come from the
 * database, not the token, through a short per-node cache: a demoted or deactivated account loses its
 * rights within {@code cacheTtl} on every node, and at once on the node that made the change.
 */
public final class AuthenticationService implements AuthenticateUseCase {

    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(30);

    private final AccessTokens tokens;
    private final UserRepository users;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    public AuthenticationService(AccessTokens tokens, UserRepository users, Clock clock, Duration cacheTtl) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (cacheTtl.isNegative() || cacheTtl.compareTo(DEFAULT_CACHE_TTL) > 0) {
            throw new IllegalArgumentException("the account cache may keep entries for 0 to 30 seconds, got " + cacheTtl);
        }
        this.cacheTtl = cacheTtl;
    }

    @Override
    public User authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw AccessDeniedException.unauthenticated("TOKEN_MISSING",
                    "Sign in and send the access token as 'Authorization: Bearer <token>'.");
        }
        var claims = tokens.verify(bearerToken.strip());
        User user = load(claims.userId());
        if (!user.active()) {
            throw AccessDeniedException.unauthenticated("ACCOUNT_DISABLED",
                    "This account has been deactivated; contact the operations team.");
        }
        return user;
    }

    /** Drops the cached copy of an account after a change, so this node applies the change at once. */
    public void forget(long userId) {
        cache.remove(userId);
    }

    private User load(long userId) {
        Instant now = clock.instant();
        Cached cached = cache.get(userId);
        if (cached != null && now.isBefore(cached.loadedAt().plus(cacheTtl))) {
            return cached.user();
        }
        User user = users.findById(userId).orElseThrow(() -> AccessDeniedException.unauthenticated("TOKEN_INVALID",
                "The access token belongs to no account; sign in again."));
        if (!cacheTtl.isZero()) {
            cache.put(userId, new Cached(user, now));
        }
        return user;
    }

    private record Cached(User user, Instant loadedAt) {
    }
}
