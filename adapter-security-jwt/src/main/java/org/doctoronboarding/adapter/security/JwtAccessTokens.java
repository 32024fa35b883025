package org.doctoronboarding.adapter.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.Verification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.doctoronboarding.application.port.out.AccessTokens;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.user.User;

/**
 * Access tokens as JSON Web Tokens signed with HS256 (java-jwt). A token carries {@code sub} (the user id),
 * {@code role}, {@code doctor_id} (left out when the user has no profile), {@code iss}, {@code aud},
 * {@code iat}, {@code exp} and a random {@code jti}.
 *
 * <p>Verification accepts HS256 only, so tokens labelled {@code none}, HS512 or RS256 are invalid. It requires
 * the configured issuer and audience. A token is expired from its {@code exp} second on, with no leeway, so it
 * stops working at the instant {@link #issue} reported. {@code iat} may be up to
 * {@value #ISSUED_AT_LEEWAY_SECONDS} seconds in the future, to absorb clock differences between API nodes.
 */
public final class JwtAccessTokens implements AccessTokens {

    static final String ROLE_CLAIM = "role";
    static final String DOCTOR_ID_CLAIM = "doctor_id";
    static final long ISSUED_AT_LEEWAY_SECONDS = 5;

    private final JwtSettings settings;
    private final Algorithm algorithm;
    private final JWTVerifier verifier;

    public JwtAccessTokens(JwtSettings settings) {
        this.settings = settings;
        this.algorithm = Algorithm.HMAC256(settings.secret());
        Verification verification = JWT.require(algorithm)
                .withIssuer(settings.issuer())
                .withAudience(settings.audience())
                .acceptExpiresAt(0)
                .acceptIssuedAt(ISSUED_AT_LEEWAY_SECONDS);
        // java-jwt 4.x declares build(Clock) only on BaseVerification, the class that JWT.require returns.
        this.verifier = ((JWTVerifier.BaseVerification) verification).build(settings.clock());
    }

    @Override
    public IssuedToken issue(User user) {
        // JWT dates are whole seconds, so the reported expiry is truncated the same way as the exp claim.
        Instant issuedAt = settings.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(settings.timeToLive());

        JWTCreator.Builder builder = JWT.create()
                .withSubject(Long.toString(user.id()))
                .withClaim(ROLE_CLAIM, user.role().value())
                .withIssuer(settings.issuer())
                .withAudience(settings.audience())
                .withIssuedAt(issuedAt)
                .withExpiresAt(expiresAt)
                .withJWTId(UUID.randomUUID().toString());
        if (user.doctorId() != null) {
            builder.withClaim(DOCTOR_ID_CLAIM, user.doctorId().value());
        }
        return new IssuedToken(builder.sign(algorithm), expiresAt);
    }

    @Override
    public TokenClaims verify(String token) {
        if (token == null || token.isBlank()) {
            throw invalid();
        }

        DecodedJWT decoded;
        try {
            decoded = verifier.verify(token);
        } catch (TokenExpiredException e) {
            throw expired();
        } catch (JWTVerificationException e) {
            // java-jwt's message is left out, because callers get one fixed message per code.
            throw invalid();
        }

        // java-jwt checks exp and iat only when present, so a signed token that lacks exp, iat or jti
        // is rejected here.
        Instant expiresAt = decoded.getExpiresAtAsInstant();
        if (expiresAt == null || decoded.getIssuedAtAsInstant() == null || decoded.getId() == null) {
            throw invalid();
        }

        // RFC 7519 accepts a token only before exp, so the expiry instant itself is checked here explicitly.
        if (!settings.clock().instant().isBefore(expiresAt)) {
            throw expired();
        }
        return new TokenClaims(userId(decoded.getSubject()), decoded.getId(), expiresAt);
    }

    private static long userId(String subject) {
        if (subject == null) {
            throw invalid();
        }
        try {
            long userId = Long.parseLong(subject);
            if (userId <= 0) {
                throw invalid();
            }
            return userId;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static AccessDeniedException expired() {
        return AccessDeniedException.unauthenticated("TOKEN_EXPIRED", "The access token has expired; sign in again.");
    }

    private static AccessDeniedException invalid() {
        return AccessDeniedException.unauthenticated("TOKEN_INVALID", "The access token is not valid; sign in again.");
    }
}
