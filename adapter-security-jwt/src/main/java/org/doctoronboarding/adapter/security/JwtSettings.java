package org.doctoronboarding.adapter.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Signing key, names and lifetime of the access tokens that {@link JwtAccessTokens} issues. The record copies
 * the secret on the way in and out, so callers cannot change the key after construction.
 *
 * @param secret the HMAC key, at least 32 bytes because HS256 needs a key as long as its 256-bit hash
 * @param issuer the {@code iss} claim, naming this service
 * @param audience the {@code aud} claim, naming the API that accepts the tokens
 * @param timeToLive how long a token is accepted, from 1 minute to 24 hours
 * @param clock the source of {@code iat}, {@code exp} and the instant checked on verification
 */
public record JwtSettings(byte[] secret, String issuer, String audience, Duration timeToLive, Clock clock) {

    public static final String SECRET_VARIABLE = "ONBOARDING_JWT_SECRET";
    public static final String TTL_VARIABLE = "ONBOARDING_JWT_TTL_MINUTES";
    public static final int MIN_SECRET_BYTES = 32;

    private static final Duration MIN_TIME_TO_LIVE = Duration.ofMinutes(1);
    private static final Duration MAX_TIME_TO_LIVE = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    public JwtSettings {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(SECRET_VARIABLE + " must be at least " + MIN_SECRET_BYTES
                    + " bytes (256 bits) for HS256, got " + (secret == null ? "none" : secret.length + " bytes"));
        }
        if (timeToLive == null
                || timeToLive.compareTo(MIN_TIME_TO_LIVE) < 0
                || timeToLive.compareTo(MAX_TIME_TO_LIVE) > 0) {
            throw new IllegalArgumentException(TTL_VARIABLE + " must be from 1 to 1440 minutes (24 hours), got "
                    + describe(timeToLive));
        }
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("The token issuer must not be blank");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("The token audience must not be blank");
        }
        Objects.requireNonNull(clock, "clock");
        secret = secret.clone();
    }

    /**
     * Returns 32 random bytes from {@link SecureRandom}, a key for development mode. Tokens signed with it stop
     * verifying when the process restarts, and other nodes cannot verify them.
     */
    public static byte[] randomSecret() {
        byte[] secret = new byte[MIN_SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    private static String describe(Duration timeToLive) {
        if (timeToLive == null) {
            return "none";
        }
        if (timeToLive.toSecondsPart() == 0 && timeToLive.toNanosPart() == 0) {
            return timeToLive.toMinutes() + " minutes";
        }
        return timeToLive.toSeconds() + " seconds";
    }

    /** Returns a copy of the key. */
    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JwtSettings that
                && Arrays.equals(secret, that.secret)
                && issuer.equals(that.issuer)
                && audience.equals(that.audience)
                && timeToLive.equals(that.timeToLive)
                && clock.equals(that.clock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(secret), issuer, audience, timeToLive, clock);
    }

    /** Returns the settings with the key's length in place of the key. */
    @Override
    public String toString() {
        return "JwtSettings[secret=(" + secret.length + " bytes, hidden), issuer=" + issuer + ", audience="
                + audience + ", timeToLive=" + timeToLive + "]";
    }
}
