package org.doctoronboarding.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doctoronboarding.bootstrap.AuthorizationMatrixTest.Caller.ADMIN;
import static org.doctoronboarding.bootstrap.AuthorizationMatrixTest.Caller.NEW_DOCTOR;
import static org.doctoronboarding.bootstrap.AuthorizationMatrixTest.Caller.OPERATIONAL;
import static org.doctoronboarding.bootstrap.AuthorizationMatrixTest.Caller.OTHER_DOCTOR;
import static org.doctoronboarding.bootstrap.AuthorizationMatrixTest.Caller.OWNER;
import static org.doctoronboarding.bootstrap.AuthorizationMatrixTest.Target.DOCTOR_A;
import static org.doctoronboarding.bootstrap.AuthorizationMatrixTest.Target.NEW_PENDING_PROFILE;
import static org.doctoronboarding.bootstrap.AuthorizationMatrixTest.Target.NEW_SUBMITTED_PROFILE;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.doctoronboarding.adapter.http.HttpApi;
import org.doctoronboarding.adapter.http.Json;
import org.doctoronboarding.adapter.http.UseCases;
import org.doctoronboarding.adapter.persistence.TestDatabase;
import org.doctoronboarding.adapter.security.JwtSettings;
import org.doctoronboarding.application.service.SignInService;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The authorization matrix: every route of the API called by every kind of caller, from no token and
 * forged tokens to each role, over real HTTP against the whole application on a SQLite file. The token
 * secret is fixed, so the test can sign tokens that differ from a valid one in exactly one property.
 *
 * <p>Routes that change state get a new profile or account for each case, so the cases pass in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final String SECRET = "authorization-matrix-test-secret-0123456789";
    private static final String OTHER_SECRET = "another-service-entirely-secret-9876543210";
    private static final String OTHER_AUDIENCE = "someone-else";
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

    private static final Outcome OK = Outcome.success(200);
    private static final Outcome CREATED = Outcome.success(201);
    private static final Outcome ACCEPTED = Outcome.success(202);
    private static final Outcome NO_CONTENT = Outcome.success(204);
    private static final Outcome FORBIDDEN = Outcome.problem(403, "FORBIDDEN");
    private static final Outcome DOCTOR_NOT_FOUND = Outcome.problem(404, "DOCTOR_NOT_FOUND");
    private static final Outcome PROFILE_EXISTS = Outcome.problem(409, "PROFILE_ALREADY_EXISTS");

    /** The fields a doctor may never set through the profile routes, with a plausible value for each. */
    private static final Map<String, Object> SYSTEM_FIELDS = Map.of(
            "onboarding_status", "verified",
            "verified_at", "2025-01-01T00:00:00Z",
            "status_updated_by", "1",
            "doctor_id", 1);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CapturingSms sms = new CapturingSms();
    private final AdjustableClock clock = new AdjustableClock();
    private final AtomicLong phoneSequence = new AtomicLong();
    private int codesSentThisHour;
    private byte[] cvPdf;

    private TestDatabase database;
    private Application application;
    private String baseUrl;

    private Account admin;
    private Account operational;
    private Account doctorA;
    private Account doctorB;

    /** Who calls a route: five kinds of bad or missing token, then signed-in accounts. */
    enum Caller {
        NO_TOKEN("no token"),
        EXPIRED_TOKEN("expired token"),
        BAD_SIGNATURE("token signed with another secret"),
        ALG_NONE("unsigned token (alg none)"),
        WRONG_AUDIENCE("token for another audience"),
        ADMIN("admin"),
        OPERATIONAL("operational"),
        OWNER("doctor A, owner"),
        OTHER_DOCTOR("doctor B, not the owner"),
        NEW_DOCTOR("doctor C, no profile yet");

        private final String label;

        Caller(String label) {
            this.label = label;
        }

        boolean presentsBadToken() {
            return ordinal() < ADMIN.ordinal();
        }
    }

    /**
     * The profile and account whose ids replace {@code {doctor_id}} and {@code {user_id}} in a case. OWNER is
     * doctor A for {@link #DOCTOR_A}, and the new doctor who created the profile for the other two.
     */
    enum Target {
        DOCTOR_A,
        NEW_PENDING_PROFILE,
        NEW_SUBMITTED_PROFILE
    }

    @BeforeAll
    void start() throws Exception {
        database = TestDatabase.sqlite();
        AppConfig config = AppConfig.from(Map.of(
                AppConfig.DB_URL, database.jdbcUrl(),
                AppConfig.HTTP_PORT, "0"));
        // Tokens from sign-in live a day, so they outlast the hours the clock moves on for the OTP limits.
        SecurityConfig security = SecurityConfig.from(Map.of(
                SecurityConfig.ENV, "dev",
                SecurityConfig.JWT_SECRET, SECRET,
                SecurityConfig.JWT_TTL_MINUTES, "1440"), config.httpHost(), JwtSettings::randomSecret);
        application = Application.create(config, security, clock, sms).start();
        baseUrl = "http://127.0.0.1:" + application.port();
        cvPdf = CvPdf.dermatologist();

        admin = signIn(TestDatabase.ADMIN_PHONE);
        String operationalPhone = newPhone();
        createAccount(operationalPhone, "operational");
        operational = signIn(operationalPhone);
        doctorA = createOwnProfile(signIn(newPhone()));
        doctorB = createOwnProfile(signIn(newPhone()));
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * Returns the expected response of every route to every caller. The rows list signed-in callers only,
     * because public routes ignore the token and every other route returns 401 for a bad or missing one.
     */
    private List<RouteCase> routeTable() {
        return List.of(
                publicRoute("GET", "/api/v1/live", OK, fixture -> null),
                publicRoute("GET", "/api/v1/ready", OK, fixture -> null),
                publicRoute("GET", "/api/v1/health", OK, fixture -> null),
                publicRoute("POST", "/api/v1/auth/otp/request", ACCEPTED, fixture -> codeRequestBody()),
                publicRoute("POST", "/api/v1/auth/otp/resend", ACCEPTED, fixture -> codeRequestBody()),
                publicRoute("POST", "/api/v1/auth/otp/verify", OK, fixture -> codeVerifyBody()),

                route("GET", "/api/v1/auth/me", "signed_in", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, OK),
                route("POST", "/api/v1/onboarding/smart-fill", "signed_in", DOCTOR_A, fixture -> cvUpload())
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, OK),

                route("POST", "/api/v1/doctors", "signed_in", DOCTOR_A, fixture -> json(newDoctorJson()))
                        .expect(ADMIN, CREATED).expect(OPERATIONAL, CREATED)
                        .expect(OWNER, PROFILE_EXISTS).expect(NEW_DOCTOR, CREATED),
                route("GET", "/api/v1/doctors", "staff", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, FORBIDDEN),
                route("GET", "/api/v1/doctors/{doctor_id}", "signed_in", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK)
                        .expect(OWNER, OK).expect(OTHER_DOCTOR, DOCTOR_NOT_FOUND),
                route("PATCH", "/api/v1/doctors/{doctor_id}", "signed_in", NEW_PENDING_PROFILE,
                        fixture -> json("{\"first_name\": \"Meera\"}"))
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK)
                        .expect(OWNER, OK).expect(OTHER_DOCTOR, DOCTOR_NOT_FOUND),
                route("DELETE", "/api/v1/doctors/{doctor_id}", "staff", NEW_PENDING_PROFILE, fixture -> null)
                        .expect(ADMIN, NO_CONTENT).expect(OPERATIONAL, NO_CONTENT)
                        .expect(OWNER, FORBIDDEN).expect(OTHER_DOCTOR, FORBIDDEN),
                route("POST", "/api/v1/doctors/{doctor_id}/submit", "signed_in", NEW_PENDING_PROFILE, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK)
                        .expect(OWNER, OK).expect(OTHER_DOCTOR, DOCTOR_NOT_FOUND),
                route("POST", "/api/v1/doctors/{doctor_id}/verify", "staff", NEW_SUBMITTED_PROFILE,
                        fixture -> json("{\"notes\": \"Council register checked\"}"))
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK)
                        .expect(OWNER, FORBIDDEN).expect(OTHER_DOCTOR, FORBIDDEN),
                route("POST", "/api/v1/doctors/{doctor_id}/reject", "staff", NEW_SUBMITTED_PROFILE,
                        fixture -> json("{\"reason\": \"Registration number not found in the council register\"}"))
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK)
                        .expect(OWNER, FORBIDDEN).expect(OTHER_DOCTOR, FORBIDDEN),
                route("GET", "/api/v1/doctors/{doctor_id}/status-history", "signed_in", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK)
                        .expect(OWNER, OK).expect(OTHER_DOCTOR, DOCTOR_NOT_FOUND),

                route("GET", "/api/v1/admin/users", "admin", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, FORBIDDEN).expect(OWNER, FORBIDDEN),
                route("POST", "/api/v1/admin/users", "admin", DOCTOR_A,
                        fixture -> json("{\"phone\": \"" + newPhone() + "\", \"role\": \"user\"}"))
                        .expect(ADMIN, CREATED).expect(OPERATIONAL, FORBIDDEN).expect(OWNER, FORBIDDEN),
                route("GET", "/api/v1/admin/users/{user_id}", "admin", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, FORBIDDEN)
                        .expect(OWNER, FORBIDDEN).expect(OTHER_DOCTOR, FORBIDDEN),
                // The owner requests a higher role for their own account here.
                route("PATCH", "/api/v1/admin/users/{user_id}", "admin", NEW_PENDING_PROFILE,
                        fixture -> json("{\"role\": \"operational\"}"))
                        .expect(ADMIN, OK).expect(OPERATIONAL, FORBIDDEN)
                        .expect(OWNER, FORBIDDEN).expect(OTHER_DOCTOR, FORBIDDEN),
                route("DELETE", "/api/v1/admin/users/{user_id}", "admin", NEW_PENDING_PROFILE, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, FORBIDDEN)
                        .expect(OWNER, FORBIDDEN).expect(OTHER_DOCTOR, FORBIDDEN),

                publicRoute("GET", "/api/v1/dropdowns", OK, fixture -> null),
                publicRoute("GET", "/api/v1/dropdowns/{field_name}", OK, fixture -> null),
                route("GET", "/api/v1/dropdowns/my-submissions", "signed_in", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, OK),
                route("POST", "/api/v1/dropdowns/submit", "signed_in", DOCTOR_A, fixture -> newOptionJson())
                        .expect(ADMIN, ACCEPTED).expect(OPERATIONAL, ACCEPTED).expect(OWNER, ACCEPTED),
                route("GET", "/api/v1/admin/dropdowns", "staff", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, FORBIDDEN),
                route("POST", "/api/v1/admin/dropdowns", "staff", DOCTOR_A, fixture -> newOptionJson())
                        .expect(ADMIN, CREATED).expect(OPERATIONAL, CREATED).expect(OWNER, FORBIDDEN),
                route("POST", "/api/v1/admin/dropdowns/bulk-approve", "staff", DOCTOR_A,
                        fixture -> json("{\"ids\": [" + newPendingOption() + "]}"))
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, FORBIDDEN),
                route("POST", "/api/v1/admin/dropdowns/bulk-reject", "staff", DOCTOR_A,
                        fixture -> json("{\"ids\": [" + newPendingOption() + "]}"))
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, FORBIDDEN),
                route("GET", "/api/v1/admin/dropdowns/{option_id}", "staff", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, FORBIDDEN),
                route("PATCH", "/api/v1/admin/dropdowns/{option_id}", "staff", DOCTOR_A,
                        fixture -> json("{\"label\": \"Renamed\"}"))
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, FORBIDDEN),
                route("DELETE", "/api/v1/admin/dropdowns/{option_id}", "staff", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, NO_CONTENT).expect(OPERATIONAL, NO_CONTENT).expect(OWNER, FORBIDDEN),
                route("POST", "/api/v1/admin/dropdowns/{option_id}/approve", "staff", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, FORBIDDEN),
                route("POST", "/api/v1/admin/dropdowns/{option_id}/reject", "staff", DOCTOR_A, fixture -> null)
                        .expect(ADMIN, OK).expect(OPERATIONAL, OK).expect(OWNER, FORBIDDEN));
    }

    /** Returns a proposal body with a value no earlier call of this test used. */
    private Body newOptionJson() {
        return json("{\"field_name\": \"specialty\", \"value\": \"Test Speciality " + phoneSequence.incrementAndGet() + "\"}");
    }

    /** Proposes a new value as doctor A and returns the id of the pending option. */
    private long newPendingOption() throws Exception {
        Response proposed = send("POST", "/api/v1/dropdowns/submit", newOptionJson(), doctorA.token());
        if (proposed.status() != 202) {
            throw new AssertionError("proposing an option failed with " + proposed.status() + ": " + proposed.body());
        }
        return proposed.json().path("id").asLong();
    }

    @Test
    void routeTable_coversEveryDescribedRoute() {
        Map<String, String> described = new TreeMap<>();
        describedRoutes().forEach(route -> described.put(route.method() + " " + route.path(), route.access()));
        Map<String, String> tabled = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (RouteCase row : routeTable()) {
            if (tabled.put(row.route(), row.access) != null) {
                duplicates.add(row.route());
            }
        }

        Set<String> missing = new TreeSet<>(described.keySet());
        missing.removeAll(tabled.keySet());
        Set<String> stale = new TreeSet<>(tabled.keySet());
        stale.removeAll(described.keySet());
        List<String> accessChanged = described.keySet().stream()
                .filter(route -> tabled.containsKey(route) && !tabled.get(route).equals(described.get(route)))
                .map(route -> route + " is " + described.get(route) + " but the table expects " + tabled.get(route))
                .toList();

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing).as("routes from HttpApi.describeRoutes without an entry in the matrix").isEmpty();
            softly.assertThat(stale).as("matrix entries for routes that HttpApi.describeRoutes no longer returns").isEmpty();
            softly.assertThat(duplicates).as("routes with more than one matrix entry").isEmpty();
            softly.assertThat(accessChanged).as("routes whose access rule differs from the matrix").isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicContainer> matrix() {
        return routeTable().stream().map(row -> DynamicContainer.dynamicContainer(row.route(),
                row.expectations().entrySet().stream().map(expectation -> DynamicTest.dynamicTest(
                        expectation.getKey().label + " -> " + expectation.getValue(),
                        () -> check(row, expectation.getKey(), expectation.getValue())))));
    }

    @Test
    void forgedToken_withEveryClaimValid_isAccepted() throws Exception {
        String token = signedToken(admin.userId(), Application.TOKEN_AUDIENCE, clock.instant(), TOKEN_LIFETIME, SECRET);

        Response response = send("GET", "/api/v1/auth/me", null, token);

        // The forged tokens of the matrix differ from this one in a single property, so their 401 is due to it.
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("role").asText()).isEqualTo("admin");
    }

    @Test
    void tokenRoleAndDoctorClaims_areIgnored() throws Exception {
        String token = JWT.create()
                .withSubject(Long.toString(doctorB.userId()))
                .withClaim("role", "admin")
                .withClaim("doctor_id", doctorA.doctorId())
                .withIssuer(Application.TOKEN_ISSUER)
                .withAudience(Application.TOKEN_AUDIENCE)
                .withIssuedAt(clock.instant())
                .withExpiresAt(clock.instant().plus(TOKEN_LIFETIME))
                .withJWTId(UUID.randomUUID().toString())
                .sign(Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8)));

        Response users = send("GET", "/api/v1/admin/users", null, token);
        Response profile = send("GET", "/api/v1/doctors/" + doctorA.doctorId(), null, token);

        // Role and profile link come from doctor B's account, so the claims grant nothing.
        assertThat(users.status()).as(users.body()).isEqualTo(403);
        assertThat(users.code()).isEqualTo("FORBIDDEN");
        assertThat(profile.status()).as(profile.body()).isEqualTo(404);
        assertThat(profile.code()).isEqualTo("DOCTOR_NOT_FOUND");
    }

    @Test
    void deactivatedAccount_unexpiredToken_isRefusedAtOnce() throws Exception {
        String phone = newPhone();
        long userId = createAccount(phone, "user");
        Account account = signIn(phone);
        Response before = send("GET", "/api/v1/auth/me", null, account.token());

        Response deactivated = send("PATCH", "/api/v1/admin/users/" + userId, json("{\"is_active\": false}"), admin.token());
        Response after = send("GET", "/api/v1/auth/me", null, account.token());

        // The first call cached the account for up to 30 seconds. The 401 right after the change shows that
        // the node that made the change dropped its cached copy.
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(after.status()).as(after.body()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("ACCOUNT_DISABLED");
    }

    @Test
    void demotedAdmin_adminRoute_isForbidden() throws Exception {
        String phone = newPhone();
        long userId = createAccount(phone, "admin");
        Account second = signIn(phone);
        Response before = send("GET", "/api/v1/admin/users", null, second.token());

        Response demoted = send("PATCH", "/api/v1/admin/users/" + userId, json("{\"role\": \"user\"}"), admin.token());
        Response after = send("GET", "/api/v1/admin/users", null, second.token());

        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        assertThat(after.status()).as(after.body()).isEqualTo(403);
        assertThat(after.code()).isEqualTo("FORBIDDEN");
    }

    @TestFactory
    Stream<DynamicTest> systemFields_inDoctorRequests_areRejected() {
        return SYSTEM_FIELDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(field -> Stream.of(
                DynamicTest.dynamicTest("POST /api/v1/doctors with " + field.getKey(),
                        () -> createWithSystemField(field.getKey(), field.getValue())),
                DynamicTest.dynamicTest("PATCH /api/v1/doctors/{doctor_id} with " + field.getKey(),
                        () -> updateWithSystemField(field.getKey(), field.getValue()))));
    }

    private void createWithSystemField(String field, Object value) throws Exception {
        String token = signedToken(createAccount(newPhone(), "user"));
        ObjectNode body = newDoctorJson();
        body.putPOJO(field, value);

        Response created = send("POST", "/api/v1/doctors", json(body), token);
        Response me = send("GET", "/api/v1/auth/me", null, token);

        assertThat(created.status()).as(created.body()).isEqualTo(422);
        assertThat(created.errorFields()).contains(field);
        assertThat(me.json().path("doctor_id").isNull()).as("the account still has no profile").isTrue();
    }

    private void updateWithSystemField(String field, Object value) throws Exception {
        Fixture profile = fixture(NEW_PENDING_PROFILE);
        ObjectNode body = Json.mapper().createObjectNode().putPOJO(field, value);
        String path = "/api/v1/doctors/" + profile.doctorId();

        Response updated = send("PATCH", path, json(body), profile.ownerToken());
        Response after = send("GET", path, null, profile.ownerToken());

        assertThat(updated.status()).as(updated.body()).isEqualTo(422);
        assertThat(updated.errorFields()).contains(field);
        assertThat(after.json().path("onboarding_status").asText()).isEqualTo("pending");
        assertThat(after.json().path("verified_at").isNull()).isTrue();
    }

    private void check(RouteCase row, Caller caller, Outcome expected) throws Exception {
        Fixture fixture = fixture(row.target);
        // The body is built first because building it may move the clock, which the forged tokens read.
        Body body = row.body.build(fixture);
        String token = token(caller, fixture);

        Response response = send(row.method, concretePath(row.path, fixture), body, token);

        String description = row.route() + " as " + caller.label + ", response " + response.body();
        assertThat(response.status()).as(description).isEqualTo(expected.status());
        if (expected.code() != null) {
            assertThat(response.code()).as(description).isEqualTo(expected.code());
        }
    }

    private String concretePath(String path, Fixture fixture) throws Exception {
        String concrete = path.replace("{doctor_id}", Long.toString(fixture.doctorId()))
                .replace("{user_id}", Long.toString(fixture.userId()))
                .replace("{field_name}", "specialty");
        return concrete.contains("{option_id}") ? concrete.replace("{option_id}", Long.toString(newPendingOption())) : concrete;
    }

    private Fixture fixture(Target target) throws Exception {
        return switch (target) {
            case DOCTOR_A -> new Fixture(doctorA.doctorId(), doctorA.userId(), doctorA.token());
            case NEW_PENDING_PROFILE -> newDoctorWithProfile();
            case NEW_SUBMITTED_PROFILE -> {
                Fixture fixture = newDoctorWithProfile();
                Response submitted = send("POST", "/api/v1/doctors/" + fixture.doctorId() + "/submit", null,
                        fixture.ownerToken());
                assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
                yield fixture;
            }
        };
    }

    /** Creates an account that then creates its own profile, as a doctor signing up does. */
    private Fixture newDoctorWithProfile() throws Exception {
        long userId = createAccount(newPhone(), "user");
        Account owner = createOwnProfile(new Account(userId, null, signedToken(userId)));
        return new Fixture(owner.doctorId(), userId, owner.token());
    }

    private String token(Caller caller, Fixture fixture) throws Exception {
        Instant now = clock.instant();
        long subject = admin.userId();
        return switch (caller) {
            case NO_TOKEN -> null;
            case EXPIRED_TOKEN -> signedToken(subject, Application.TOKEN_AUDIENCE, now.minus(Duration.ofHours(2)),
                    Duration.ofHours(1), SECRET);
            case BAD_SIGNATURE -> signedToken(subject, Application.TOKEN_AUDIENCE, now, TOKEN_LIFETIME, OTHER_SECRET);
            case ALG_NONE -> unsigned(signedToken(subject, Application.TOKEN_AUDIENCE, now, TOKEN_LIFETIME, SECRET));
            case WRONG_AUDIENCE -> signedToken(subject, OTHER_AUDIENCE, now, TOKEN_LIFETIME, SECRET);
            case ADMIN -> admin.token();
            case OPERATIONAL -> operational.token();
            case OWNER -> fixture.ownerToken();
            case OTHER_DOCTOR -> doctorB.token();
            case NEW_DOCTOR -> signedToken(createAccount(newPhone(), "user"));
        };
    }

    /**
     * Signs a token as the sign-in route does, with the known secret. The role is left out because the
     * server reads it from the account, not the token.
     */
    private String signedToken(long userId) {
        return signedToken(userId, Application.TOKEN_AUDIENCE, clock.instant(), TOKEN_LIFETIME, SECRET);
    }

    private static String signedToken(long userId, String audience, Instant issuedAt, Duration lifetime, String secret) {
        JWTCreator.Builder builder = JWT.create()
                .withSubject(Long.toString(userId))
                .withIssuer(Application.TOKEN_ISSUER)
                .withAudience(audience)
                .withIssuedAt(issuedAt)
                .withExpiresAt(issuedAt.plus(lifetime))
                .withJWTId(UUID.randomUUID().toString());
        return builder.sign(Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Replaces the header of a signed token with {@code alg: none} and drops the signature, keeping the claims. */
    private static String unsigned(String signedToken) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = signedToken.split("\\.")[1];
        return header + "." + payload + ".";
    }

    /** Signs a number in through the two OTP routes and returns the account with its token. */
    private Account signIn(String phone) throws Exception {
        String code = requestCode(phone);
        Response verified = send("POST", "/api/v1/auth/otp/verify", json(codeVerifyJson(phone, code)), null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode user = verified.json().path("user");
        Long doctorId = user.path("doctor_id").isNull() ? null : user.path("doctor_id").asLong();
        return new Account(user.path("id").asLong(), doctorId, verified.json().path("access_token").asText());
    }

    private String requestCode(String phone) throws Exception {
        recordCodeSend();
        Response requested = send("POST", "/api/v1/auth/otp/request", json(mobileNumberJson(phone)), null);
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        return sms.lastCode(phone);
    }

    /**
     * Counts one sign-in code about to be sent from this client. The matrix sends more codes than the
     * hourly limit per client address allows, so the clock moves on an hour whenever the limit is reached.
     */
    private void recordCodeSend() {
        if (codesSentThisHour == SignInService.MAX_CODES_PER_IP_PER_HOUR) {
            clock.advance(Duration.ofMinutes(61));
            codesSentThisHour = 0;
        }
        codesSentThisHour++;
    }

    private Body codeRequestBody() {
        recordCodeSend();
        return json(mobileNumberJson(newPhone()));
    }

    private Body codeVerifyBody() throws Exception {
        String phone = newPhone();
        return json(codeVerifyJson(phone, requestCode(phone)));
    }

    private static String mobileNumberJson(String phone) {
        return "{\"mobile_number\": \"" + phone + "\"}";
    }

    private static String codeVerifyJson(String phone, String code) {
        return "{\"mobile_number\": \"" + phone + "\", \"otp\": \"" + code + "\"}";
    }

    /** Creates an account through the admin route and returns its id. */
    private long createAccount(String phone, String role) throws Exception {
        String body = "{\"phone\": \"" + phone + "\", \"role\": \"" + role + "\"}";
        Response created = send("POST", "/api/v1/admin/users", json(body), admin.token());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Account createOwnProfile(Account account) throws Exception {
        Response created = send("POST", "/api/v1/doctors", json(newDoctorJson()), account.token());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Account(account.userId(), created.json().path("doctor_id").asLong(), account.token());
    }

    /** Returns the required fields of a new profile, with an email and phone number no other profile uses. */
    private ObjectNode newDoctorJson() {
        String phone = newPhone();
        return Json.mapper().createObjectNode()
                .put("first_name", "Asha")
                .put("last_name", "Menon")
                .put("email", "doctor" + phone.substring(3) + "@example.com")
                .put("phone_number", phone);
    }

    /** Returns a mobile number that no earlier call of this test used. */
    private String newPhone() {
        return "+91" + (7_000_000_000L + phoneSequence.incrementAndGet());
    }

    private Body cvUpload() throws IOException {
        String boundary = "----cv" + System.nanoTime();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        content.write(cvPdf);
        content.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, content.toByteArray());
    }

    private static Body json(Object json) {
        return new Body("application/json", json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Response send(String method, String path, Body body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body.content()));
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    /**
     * Returns the routes as the HTTP adapter declares them. Describing needs a {@link UseCases} but calls none
     * of its members, so each member is a stub that fails if it is ever called.
     */
    private static List<HttpApi.RouteDescription> describedRoutes() {
        RecordComponent[] components = UseCases.class.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] stubs = Arrays.stream(types).map(AuthorizationMatrixTest::failingStub).toArray();
        try {
            return HttpApi.describeRoutes(UseCases.class.getDeclaredConstructor(types).newInstance(stubs));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not build UseCases from stubs", e);
        }
    }

    private static Object failingStub(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName()
                    + " was called, but the stub exists only to describe the routes");
        });
    }

    private static RouteCase publicRoute(String method, String path, Outcome outcome, BodyFactory body) {
        return new RouteCase(method, path, "public", DOCTOR_A, body)
                .expect(ADMIN, outcome).expect(OPERATIONAL, outcome).expect(OWNER, outcome)
                .forAnyToken(outcome);
    }

    private static RouteCase route(String method, String path, String access, Target target, BodyFactory body) {
        return new RouteCase(method, path, access, target, body);
    }

    /** One row of the matrix: a route, the profile its parameters name, its request body and each caller's outcome. */
    private static final class RouteCase {

        private final String method;
        private final String path;
        private final String access;
        private final Target target;
        private final BodyFactory body;
        private final Map<Caller, Outcome> signedIn = new EnumMap<>(Caller.class);
        /** The outcome for callers with a bad or missing token on a public route, or null on other routes. */
        private Outcome anyTokenOutcome;

        RouteCase(String method, String path, String access, Target target, BodyFactory body) {
            this.method = method;
            this.path = path;
            this.access = access;
            this.target = target;
            this.body = body;
        }

        RouteCase expect(Caller caller, Outcome outcome) {
            signedIn.put(caller, outcome);
            return this;
        }

        RouteCase forAnyToken(Outcome outcome) {
            anyTokenOutcome = outcome;
            return this;
        }

        String route() {
            return method + " " + path;
        }

        /** Returns the expected outcome for every caller of this row, in the order of {@link Caller}. */
        Map<Caller, Outcome> expectations() {
            Map<Caller, Outcome> all = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                if (caller.presentsBadToken()) {
                    all.put(caller, anyTokenOutcome != null ? anyTokenOutcome : unauthenticated(caller));
                }
            }
            all.putAll(signedIn);
            return all;
        }

        private static Outcome unauthenticated(Caller caller) {
            return switch (caller) {
                case NO_TOKEN -> Outcome.problem(401, "TOKEN_MISSING");
                case EXPIRED_TOKEN -> Outcome.problem(401, "TOKEN_EXPIRED");
                default -> Outcome.problem(401, "TOKEN_INVALID");
            };
        }
    }

    /** The expected status, and for an error response also the problem {@code code}. */
    private record Outcome(int status, String code) {

        static Outcome success(int status) {
            return new Outcome(status, null);
        }

        static Outcome problem(int status, String code) {
            return new Outcome(status, code);
        }

        @Override
        public String toString() {
            return code == null ? Integer.toString(status) : status + " " + code;
        }
    }

    @FunctionalInterface
    private interface BodyFactory {
        Body build(Fixture fixture) throws Exception;
    }

    private record Body(String contentType, byte[] content) {
    }

    /** A signed-in account; {@code doctorId} is null until the account has created its profile. */
    private record Account(long userId, Long doctorId, String token) {
    }

    /** The ids a case puts into the path and the token of the doctor who owns that profile. */
    private record Fixture(long doctorId, long userId, String ownerToken) {
    }

    private record Response(int status, String body) {

        JsonNode json() throws IOException {
            return Json.mapper().readTree(body);
        }

        String code() throws IOException {
            return json().path("code").asText();
        }

        List<String> errorFields() throws IOException {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
            return fields;
        }
    }

    /** The system clock plus an offset that the test moves forward, so that hourly limits can reset. */
    private static final class AdjustableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration duration) {
            offset.updateAndGet(current -> current.plus(duration));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock runs in UTC only");
        }
    }
}
