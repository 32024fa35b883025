package org.doctoronboarding.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.doctoronboarding.adapter.http.Json;
import org.doctoronboarding.adapter.persistence.DatabaseDialect;
import org.doctoronboarding.adapter.persistence.TestDatabase;
import org.doctoronboarding.adapter.security.JwtSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Starts the whole application on a free port and walks the onboarding flow over real HTTP: smart-fill a
 * CV, create the profile from the result, submit, verify and read the history. Runs once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndContractTest {

    private static final String DOCTOR_PHONE = "+919845012345";

    private final HttpClient client = HttpClient.newHttpClient();
    private final CapturingSms sms = new CapturingSms();
    private TestDatabase database;
    private Application application;
    private String baseUrl;

    abstract DatabaseDialect dialect();

    @BeforeAll
    void start() {
        database = TestDatabase.create(dialect());
        AppConfig config = AppConfig.from(Map.of(
                AppConfig.DB_URL, database.jdbcUrl(),
                AppConfig.HTTP_PORT, "0",
                AppConfig.MAX_UPLOAD_MB, "2"));
        SecurityConfig security = SecurityConfig.from(Map.of(SecurityConfig.ENV, "dev"), config.httpHost(),
                JwtSettings::randomSecret);
        application = Application.create(config, security, Clock.systemUTC(), sms).start();
        baseUrl = "http://127.0.0.1:" + application.port() + "/api/v1";
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

    @Test
    void onboardingFlow_fromCvToVerifiedProfile() throws Exception {
        String doctorToken = signIn(DOCTOR_PHONE);
        String adminToken = signIn(TestDatabase.ADMIN_PHONE);

        HttpResponse<String> smartFill = upload("/onboarding/smart-fill", "kavya_nair.pdf", CvPdf.dermatologist(), doctorToken);
        assertThat(smartFill.statusCode()).as(smartFill.body()).isEqualTo(200);
        JsonNode extraction = Json.mapper().readTree(smartFill.body());
        assertThat(extraction.path("media_type").asText()).isEqualTo("application/pdf");
        JsonNode fields = extraction.path("fields");
        assertThat(fields.path("email").path("value").asText()).isEqualTo("kavya.nair@example.com");
        assertThat(fields.path("phone_number").path("value").asText()).isEqualTo("+919845012345");
        assertThat(fields.path("first_name").path("value").asText()).isEqualTo("Kavya");
        assertThat(fields.path("last_name").path("value").asText()).isEqualTo("Nair");
        assertThat(fields.path("email").path("source").path("page").asInt()).isEqualTo(1);

        ObjectNode profile = Json.mapper().createObjectNode();
        fields.properties().forEach(field -> profile.set(field.getKey(), field.getValue().path("value")));
        profile.put("onboarding_source", "resume");
        profile.set("raw_extraction_data", extraction);
        HttpResponse<String> created = send("POST", "/doctors", profile.toString(), doctorToken);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doctor = Json.mapper().readTree(created.body());
        long doctorId = doctor.path("doctor_id").asLong();
        assertThat(doctor.path("onboarding_status").asText()).isEqualTo("pending");
        assertThat(doctor.path("onboarding_source").asText()).isEqualTo("resume");

        HttpResponse<String> submitted = send("POST", "/doctors/" + doctorId + "/submit", "", doctorToken);
        HttpResponse<String> verifiedByDoctor = send("POST", "/doctors/" + doctorId + "/verify", "", doctorToken);
        HttpResponse<String> verified = send("POST", "/doctors/" + doctorId + "/verify",
                "{\"notes\": \"Council register checked\", \"expected_status\": \"submitted\"}", adminToken);
        HttpResponse<String> history = send("GET", "/doctors/" + doctorId + "/status-history", null, doctorToken);

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(verifiedByDoctor.statusCode()).as(verifiedByDoctor.body()).isEqualTo(403);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Json.mapper().readTree(verified.body()).path("verified_at").isTextual()).isTrue();
        JsonNode items = Json.mapper().readTree(history.body()).path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("previous_status").asText()).isEqualTo("pending");
        assertThat(items.get(0).path("new_status").asText()).isEqualTo("submitted");
        assertThat(items.get(1).path("new_status").asText()).isEqualTo("verified");
        assertThat(items.get(1).path("notes").asText()).isEqualTo("Council register checked");
        assertThat(items.get(1).path("user_agent").asText()).startsWith("Java-http-client");
        assertThat(items.get(1).path("ip_address").asText()).isNotBlank();
        assertThat(items.get(0).path("changed_by_email").isNull()).isTrue();
        assertThat(items.get(1).path("changed_by_email").asText()).isEqualTo(TestDatabase.ADMIN_EMAIL);
    }

    @Test
    void doctorRoutes_withoutToken_areRefused() throws Exception {
        HttpResponse<String> list = send("GET", "/doctors", null, null);

        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(Json.mapper().readTree(list.body()).path("code").asText()).isEqualTo("TOKEN_MISSING");
        assertThat(list.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    /** Signs a number in through the two OTP routes, reading the code from the captured SMS. */
    private String signIn(String phone) throws Exception {
        HttpResponse<String> requested = send("POST", "/auth/otp/request", "{\"mobile_number\": \"" + phone + "\"}", null);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String body = "{\"mobile_number\": \"" + phone + "\", \"otp\": \"" + sms.lastCode(phone) + "\"}";
        HttpResponse<String> verified = send("POST", "/auth/otp/verify", body, null);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        return Json.mapper().readTree(verified.body()).path("access_token").asText();
    }

    @Test
    void health_reportsTheDatabase() throws Exception {
        HttpResponse<String> health = send("GET", "/health", null, null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(health.body()).path("database").asText()).isEqualTo("ok");
        assertThat(health.headers().firstValue("X-Request-ID")).isPresent();
    }

    @Test
    void smartFill_textlessPdf_isRefusedWithReason() throws Exception {
        HttpResponse<String> response = upload("/onboarding/smart-fill", "scan.pdf", CvPdf.of(java.util.List.of()),
                signIn(DOCTOR_PHONE));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.mapper().readTree(response.body()).path("detail").asText()).contains("scanned CVs are not supported yet");
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String path, String fileName, byte[] content, String token) throws Exception {
        String boundary = "----cv" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
