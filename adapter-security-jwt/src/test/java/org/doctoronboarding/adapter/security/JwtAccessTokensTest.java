package org.doctoronboarding.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.doctoronboarding.application.port.out.AccessTokens.IssuedToken;
import org.doctoronboarding.application.port.out.AccessTokens.TokenClaims;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {

    private static final byte[] SECRET = "test-secret-of-exactly-32-bytes!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SECRET = "another-secret-also-32-bytes-ok!".getBytes(StandardCharsets.US_ASCII);
    private static final String ISSUER = "doctor-onboarding";
    private static final String AUDIENCE = "doctor-onboarding-api";
    private static final Duration TTL = Duration.ofMinutes(30);
    private static final Instant START = Instant.parse("2025-03-01T10:15:30.750Z");
    private static final Instant START_SECONDS = Instant.parse("2025-03-01T10:15:30Z");

    private static final String EXPIRED_MESSAGE = "The access token has expired; sign in again.";
    private static final String INVALID_MESSAGE = "The access token is not valid; sign in again.";

    private final MutableClock clock = new MutableClock(START);
    private final JwtAccessTokens tokens = tokens(SECRET, ISSUER, AUDIENCE);

    @Test
    void issue_thenVerify_returnsClaims() {
        IssuedToken issued = tokens.issue(doctorUser(42, 7));

        TokenClaims claims = tokens.verify(issued.token());

        assertThat(issued.expiresAt()).isEqualTo(START_SECONDS.plus(TTL));
        assertThat(claims.userId()).isEqualTo(42);
        assertThat(claims.expiresAt()).isEqualTo(issued.expiresAt());
        assertThat(UUID.fromString(claims.tokenId())).isNotNull();
    }

    @Test
    void issue_writesEveryClaim() {
        IssuedToken issued = tokens.issue(doctorUser(42, 7));

        DecodedJWT decoded = JWT.decode(issued.token());
        assertThat(decoded.getAlgorithm()).isEqualTo("HS256");
        assertThat(decoded.getSubject()).isEqualTo("42");
        assertThat(decoded.getClaim("role").asString()).isEqualTo("user");
        assertThat(decoded.getClaim("doctor_id").asLong()).isEqualTo(7L);
        assertThat(payloadJson(issued.token())).contains("\"doctor_id\":7");
        assertThat(decoded.getIssuer()).isEqualTo(ISSUER);
        assertThat(decoded.getAudience()).containsExactly(AUDIENCE);
        assertThat(decoded.getIssuedAtAsInstant()).isEqualTo(START_SECONDS);
        assertThat(decoded.getExpiresAtAsInstant()).isEqualTo(START_SECONDS.plus(TTL));
        assertThat(UUID.fromString(decoded.getId())).isNotNull();
    }

    @Test
    void issue_withoutProfile_omitsDoctorId() {
        User staff = new User(5, new PhoneNumber("+919812345678"), null, Role.OPERATIONAL, true, null,
                START, START, null);

        IssuedToken issued = tokens.issue(staff);

        DecodedJWT decoded = JWT.decode(issued.token());
        assertThat(decoded.getClaim("doctor_id").isMissing()).isTrue();
        assertThat(decoded.getClaim("role").asString()).isEqualTo("operational");
        assertThat(tokens.verify(issued.token()).userId()).isEqualTo(5);
    }

    @Test
    void issue_twice_usesDistinctTokenIds() {
        User user = doctorUser(42, 7);

        String first = tokens.verify(tokens.issue(user).token()).tokenId();
        String second = tokens.verify(tokens.issue(user).token()).tokenId();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void verify_justBeforeExpiry_accepts() {
        IssuedToken issued = tokens.issue(doctorUser(42, 7));

        clock.advance(Duration.between(START, issued.expiresAt()).minusMillis(1));

        assertThat(tokens.verify(issued.token()).userId()).isEqualTo(42);
    }

    @Test
    void verify_atExpiry_isExpired() {
        IssuedToken issued = tokens.issue(doctorUser(42, 7));

        clock.advance(Duration.between(START, issued.expiresAt()));

        assertDenied(issued.token(), "TOKEN_EXPIRED", EXPIRED_MESSAGE);
    }

    @Test
    void verify_longAfterExpiry_isExpired() {
        IssuedToken issued = tokens.issue(doctorUser(42, 7));

        clock.advance(TTL.plusHours(5));

        assertDenied(issued.token(), "TOKEN_EXPIRED", EXPIRED_MESSAGE);
    }

    @Test
    void verify_otherSecret_isInvalid() {
        String token = tokens(OTHER_SECRET, ISSUER, AUDIENCE).issue(doctorUser(42, 7)).token();

        assertDenied(token, "TOKEN_INVALID", INVALID_MESSAGE);
    }

    @Test
    void verify_algNone_isInvalid() {
        String payload = tokens.issue(doctorUser(42, 7)).token().split("\\.")[1];

        for (String alg : new String[] {"none", "None", "NONE"}) {
            String header = base64Url("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}");

            assertDenied(header + "." + payload + ".", "TOKEN_INVALID", INVALID_MESSAGE);
            assertDenied(header + "." + payload, "TOKEN_INVALID", INVALID_MESSAGE);
        }
    }

    @Test
    void verify_hs512Token_isInvalid() {
        String token = claimsLikeIssued(42).sign(Algorithm.HMAC512(SECRET));

        assertDenied(token, "TOKEN_INVALID", INVALID_MESSAGE);
    }

    @Test
    void verify_rs256LabelledToken_isInvalid() throws GeneralSecurityException {
        String payload = tokens.issue(doctorUser(42, 7)).token().split("\\.")[1];
        String header = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String signingInput = header + "." + payload;

        String token = signingInput + "." + hmacSha256(SECRET, signingInput);

        assertDenied(token, "TOKEN_INVALID", INVALID_MESSAGE);
    }

    @Test
    void verify_wrongAudience_isInvalid() {
        String token = tokens(SECRET, ISSUER, "some-other-api").issue(doctorUser(42, 7)).token();

        assertDenied(token, "TOKEN_INVALID", INVALID_MESSAGE);
    }

    @Test
    void verify_wrongIssuer_isInvalid() {
        String token = tokens(SECRET, "some-other-service", AUDIENCE).issue(doctorUser(42, 7)).token();

        assertDenied(token, "TOKEN_INVALID", INVALID_MESSAGE);
    }

    @Test
    void verify_garbage_isInvalid() {
        String[] garbage = {
            null, "", "   ", "abc", "a.b.c", "..", "...", "eyJhbGciOiJIUzI1NiJ9", "eyJ.eyJ.sig",
            "%%%.%%%.%%%", "Bearer " + tokens.issue(doctorUser(42, 7)).token(), "x".repeat(10_000),
            base64Url("[]") + "." + base64Url("[]") + ".sig",
            base64Url("{\"alg\":\"HS256\"}") + "." + base64Url("not json") + ".sig",
        };

        for (String token : garbage) {
            assertDenied(token, "TOKEN_INVALID", INVALID_MESSAGE);
        }
    }

    @Test
    void verify_editedPayload_isInvalid() {
        String[] parts = tokens.issue(doctorUser(42, 7)).token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String edited = payload.replace("\"sub\":\"42\"", "\"sub\":\"1\"").replace("\"user\"", "\"admin\"");
        assertThat(edited).isNotEqualTo(payload);

        String token = parts[0] + "." + base64Url(edited) + "." + parts[2];

        assertDenied(token, "TOKEN_INVALID", INVALID_MESSAGE);
    }

    @Test
    void verify_nonNumericSubject_isInvalid() {
        for (String subject : new String[] {"abc", "42abc", "", "0", "-3", "99999999999999999999"}) {
            String token = claimsLikeIssued(42).withSubject(subject).sign(Algorithm.HMAC256(SECRET));

            assertDenied(token, "TOKEN_INVALID", INVALID_MESSAGE);
        }
    }

    @Test
    void verify_missingRequiredClaim_isInvalid() {
        Algorithm algorithm = Algorithm.HMAC256(SECRET);

        String noExpiry = claimsLikeIssued(42).withExpiresAt((Instant) null).sign(algorithm);
        String noIssuedAt = claimsLikeIssued(42).withIssuedAt((Instant) null).sign(algorithm);
        String noTokenId = claimsLikeIssued(42).withJWTId(null).sign(algorithm);
        String noSubject = claimsLikeIssued(42).withSubject(null).sign(algorithm);
        String textExpiry = signedPayload("{\"sub\":\"42\",\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"iat\":" + START_SECONDS.getEpochSecond() + ",\"exp\":\"tomorrow\",\"jti\":\"t-2\"}");

        assertDenied(noExpiry, "TOKEN_INVALID", INVALID_MESSAGE);
        assertDenied(noIssuedAt, "TOKEN_INVALID", INVALID_MESSAGE);
        assertDenied(noTokenId, "TOKEN_INVALID", INVALID_MESSAGE);
        assertDenied(noSubject, "TOKEN_INVALID", INVALID_MESSAGE);
        assertDenied(textExpiry, "TOKEN_INVALID", INVALID_MESSAGE);
    }

    @Test
    void verify_issuedAtInFuture_allowsFiveSeconds() {
        Algorithm algorithm = Algorithm.HMAC256(SECRET);
        String slightlyAhead = claimsLikeIssued(42).withIssuedAt(START_SECONDS.plusSeconds(5)).sign(algorithm);
        String farAhead = claimsLikeIssued(42).withIssuedAt(START_SECONDS.plusSeconds(60)).sign(algorithm);

        assertThat(tokens.verify(slightlyAhead).userId()).isEqualTo(42);
        assertDenied(farAhead, "TOKEN_INVALID", INVALID_MESSAGE);
    }

    @Test
    void verify_handBuiltHs256Token_isAccepted() {
        String token = signedPayload("{\"sub\":\"77\",\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\","
                + "\"iat\":" + START_SECONDS.getEpochSecond() + ",\"exp\":" + START_SECONDS.plus(TTL).getEpochSecond()
                + ",\"jti\":\"t-1\"}");

        TokenClaims claims = tokens.verify(token);

        assertThat(claims.userId()).isEqualTo(77);
        assertThat(claims.tokenId()).isEqualTo("t-1");
    }

    private JwtAccessTokens tokens(byte[] secret, String issuer, String audience) {
        return new JwtAccessTokens(new JwtSettings(secret, issuer, audience, TTL, clock));
    }

    private void assertDenied(String token, String code, String message) {
        var denied = catchThrowableOfType(AccessDeniedException.class, () -> tokens.verify(token));

        assertThat(denied).as("token %s", token).isNotNull();
        assertThat(denied.code()).as("token %s", token).isEqualTo(code);
        assertThat(denied.getMessage()).as("token %s", token).isEqualTo(message);
        assertThat(denied.authenticated()).isFalse();
    }

    /** Returns a builder with the claims {@link JwtAccessTokens#issue} writes, so a test can change one. */
    private static JWTCreator.Builder claimsLikeIssued(long userId) {
        return JWT.create()
                .withSubject(Long.toString(userId))
                .withClaim("role", "user")
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .withIssuedAt(START_SECONDS)
                .withExpiresAt(START_SECONDS.plus(TTL))
                .withJWTId(UUID.randomUUID().toString());
    }

    private static User doctorUser(long id, long doctorId) {
        return new User(id, new PhoneNumber("+919876543210"), null, Role.USER, true, new DoctorId(doctorId),
                START, START, null);
    }

    private static String payloadJson(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns an HS256 token with the given payload JSON, signed with {@link #SECRET} by hand. */
    private static String signedPayload(String payloadJson) {
        String signingInput = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64Url(payloadJson);
        try {
            return signingInput + "." + hmacSha256(SECRET, signingInput);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static String hmacSha256(byte[] secret, String signingInput) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}
