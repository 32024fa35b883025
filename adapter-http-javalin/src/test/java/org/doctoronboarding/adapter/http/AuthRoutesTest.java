package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertProblem;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertValidationFields;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import org.doctoronboarding.application.port.out.AccessTokens;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.doctoronboarding.application.service.OtpCodes;
import org.doctoronboarding.application.service.SignInService;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * The sign-in routes over HTTP, with the real sign-in service behind them on in-memory accounts and
 * challenges, a capturing SMS sender and a fixed clock.
 */
class AuthRoutesTest {

    private static final String REQUEST = "/api/v1/auth/otp/request";
    private static final String VERIFY = "/api/v1/auth/otp/verify";
    private static final String KNOWN_NUMBER = "+919812345670";
    private static final String UNKNOWN_NUMBER = "+919812345671";
    private static final Instant TOKEN_EXPIRY = ApiFixture.NOW.plus(Duration.ofHours(1));

    private final ApiFixture fixture = new ApiFixture();
    private final InMemoryUsers users = new InMemoryUsers();
    private final CapturingSms sms = new CapturingSms();

    @Test
    void request_knownAndUnknownNumber_sameResponse() {
        users.create(new PhoneNumber(KNOWN_NUMBER), null, Role.USER, ApiFixture.NOW);

        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);

            ApiResponse known = api.post(REQUEST, Map.of("mobile_number", KNOWN_NUMBER));
            ApiResponse unknown = api.post(REQUEST, Map.of("mobile_number", UNKNOWN_NUMBER));

            assertThat(known.status()).isEqualTo(202);
            assertThat(unknown.status()).isEqualTo(202);
            assertThat(unknown.body()).isEqualTo(known.body());
            JsonNode body = known.json();
            assertThat(body.path("status").asText()).isEqualTo("sent");
            assertThat(body.path("expires_in_seconds").asLong()).isEqualTo(300);
            assertThat(body.path("resend_after_seconds").asLong()).isEqualTo(30);
            assertThat(users.count()).as("accounts after requesting codes").isEqualTo(1);
        });
    }

    @Test
    void request_within30Seconds_returns429WithRetryAfter() {
        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);
            api.post(REQUEST, Map.of("mobile_number", KNOWN_NUMBER));

            ApiResponse response = api.post(REQUEST, Map.of("mobile_number", KNOWN_NUMBER));

            assertProblem(response, 429, "OTP_RESEND_TOO_SOON");
            assertThat(response.header("Retry-After")).isEqualTo("30");
        });
    }

    @Test
    void request_smsFails_returns502() {
        sms.failFromNow();

        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);

            ApiResponse response = api.post(REQUEST, Map.of("mobile_number", KNOWN_NUMBER));

            assertProblem(response, 502, "SMS_DELIVERY_FAILED");
        });
    }

    @Test
    void request_malformedNumber_returns422() {
        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);

            for (String number : new String[] {"12345", "+1 415 555 0100", "98123abc70", "5812345670"}) {
                ApiResponse response = api.post(REQUEST, Map.of("mobile_number", number));

                assertThat(assertValidationFields(response)).as(number).containsExactly("mobile_number");
            }
            assertThat(assertValidationFields(api.post(REQUEST, Map.of()))).containsExactly("mobile_number");
            assertThat(assertValidationFields(api.post(REQUEST, Map.of("mobile_number", 9812345670L))))
                    .containsExactly("mobile_number");
        });
    }

    @Test
    void verify_wrongCode_returns401WithBearerChallenge() {
        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);
            api.post(REQUEST, Map.of("mobile_number", KNOWN_NUMBER));
            String wrong = String.format("%06d", (Integer.parseInt(sms.lastCode(KNOWN_NUMBER)) + 1) % 1_000_000);

            ApiResponse response = api.post(VERIFY, Map.of("mobile_number", KNOWN_NUMBER, "otp", wrong));

            assertProblem(response, 401, "OTP_INVALID");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        });
    }

    @Test
    void verify_fiveDigitOtp_returns422() {
        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);
            api.post(REQUEST, Map.of("mobile_number", KNOWN_NUMBER));

            for (Object otp : new Object[] {"12345", "1234567", "12a456", 123456}) {
                ApiResponse response = api.post(VERIFY, Map.of("mobile_number", KNOWN_NUMBER, "otp", otp));

                assertThat(assertValidationFields(response)).as("otp %s", otp).containsExactly("otp");
            }
        });
    }

    @Test
    void verify_rightCode_returnsTokenAndUser() {
        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);
            api.post(REQUEST, Map.of("mobile_number", "98123 45670"));
            String code = sms.lastCode(KNOWN_NUMBER);

            ApiResponse response = api.post(VERIFY, Map.of("mobile_number", KNOWN_NUMBER, "otp", code));

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/json");
            JsonNode body = response.json();
            User account = users.findByPhone(new PhoneNumber(KNOWN_NUMBER)).orElseThrow();
            assertThat(body.path("access_token").asText()).isEqualTo(TestTokens.tokenFor(account));
            assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
            assertThat(body.path("expires_at").asText()).isEqualTo(TOKEN_EXPIRY.toString());
            assertThat(body.path("user").path("id").asLong()).isEqualTo(account.id());
            assertThat(body.path("user").path("phone").asText()).isEqualTo(KNOWN_NUMBER);
            assertThat(body.path("user").path("role").asText()).isEqualTo("user");
            assertThat(body.path("user").path("is_active").asBoolean()).isTrue();
        });
    }

    @Test
    void verify_rightCode_showsThisLoginTime() {
        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);
            api.post(REQUEST, Map.of("mobile_number", KNOWN_NUMBER));

            ApiResponse response = api.post(VERIFY, Map.of("mobile_number", KNOWN_NUMBER, "otp", sms.lastCode(KNOWN_NUMBER)));

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().path("user").path("last_login_at").asText()).isEqualTo(ApiFixture.NOW.toString());
        });
    }

    @Test
    void verify_sameCodeTwice_returns401() {
        JavalinTest.test(javalin(), (server, client) -> {
            var api = new ApiClient(client, null);
            api.post(REQUEST, Map.of("mobile_number", KNOWN_NUMBER));
            Map<String, Object> verify = Map.of("mobile_number", KNOWN_NUMBER, "otp", sms.lastCode(KNOWN_NUMBER));
            assertThat(api.post(VERIFY, verify).status()).isEqualTo(200);

            ApiResponse second = api.post(VERIFY, verify);

            assertProblem(second, 401, "OTP_INVALID");
            assertThat(second.header("WWW-Authenticate")).isEqualTo("Bearer");
        });
    }

    /** Builds the app with the real sign-in service in place of the fixture's unused one. */
    private Javalin javalin() {
        Clock clock = Clock.fixed(ApiFixture.NOW, ZoneOffset.UTC);
        var signIn = new SignInService(new InMemoryOtpChallenges(), users, sms, new TestTokens(),
                new OtpCodes("auth-routes-test-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8)),
                new DirectTransactionRunner(), clock);
        UseCases real = fixture.useCases;
        UseCases withSignIn = new UseCases(real.createDoctor(), real.getDoctor(), real.listDoctors(), real.updateDoctor(),
                real.deleteDoctor(), real.submitProfile(), real.verifyDoctor(), real.rejectDoctor(), real.statusHistory(),
                real.smartFill(), real.databaseHealth(), signIn, real.authenticate(), real.manageUsers(), real.catalogue());
        return fixture.javalin(withSignIn);
    }

    /** Issues tokens of the form {@code token-<id>} that expire an hour after the fixture's clock. */
    private static final class TestTokens implements AccessTokens {

        static String tokenFor(User user) {
            return "token-" + user.id();
        }

        @Override
        public IssuedToken issue(User user) {
            return new IssuedToken(tokenFor(user), TOKEN_EXPIRY);
        }

        @Override
        public TokenClaims verify(String token) {
            throw new AssertionError("the sign-in routes never verify tokens");
        }
    }

    /** Runs the work directly, because each in-memory repository call is atomic on its own. */
    private static final class DirectTransactionRunner implements TransactionRunner {

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
