package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.HttpHeaders;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.application.port.in.GetDoctorQuery;
import org.junit.jupiter.api.Test;

/** Security headers on every response, HSTS behind HTTPS, and CORS for the configured browser origins only. */
class ResponseHeadersTest {

    private static final String ALLOWED_ORIGIN = "https://ops.example.in";
    private static final String UNKNOWN_ORIGIN = "https://elsewhere.example.com";
    private static final List<String> CORS_RESPONSE_HEADERS = List.of("Access-Control-Allow-Origin",
            "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
            "Access-Control-Expose-Headers", "Access-Control-Max-Age");

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void everyResponse_hasSecurityHeaders() {
        JavalinTest.test(javalin(failingGetDoctor(), false, List.of()), (server, client) -> {
            for (ApiResponse response : responsesOfEveryKind(client)) {
                String described = response.status() + " " + response.body();
                assertThat(response.header("X-Content-Type-Options")).as(described).isEqualTo("nosniff");
                assertThat(response.header("X-Frame-Options")).as(described).isEqualTo("DENY");
                assertThat(response.header("Referrer-Policy")).as(described).isEqualTo("no-referrer");
                assertThat(response.header("Cache-Control")).as(described).isEqualTo("no-store");
                assertThat(response.header("Strict-Transport-Security")).as(described).isNull();
            }
        });
    }

    @Test
    void everyResponse_overHttps_hasHsts() {
        JavalinTest.test(javalin(failingGetDoctor(), true, List.of()), (server, client) -> {
            for (ApiResponse response : responsesOfEveryKind(client)) {
                assertThat(response.header("Strict-Transport-Security"))
                        .as(response.status() + " " + response.body())
                        .isEqualTo("max-age=31536000; includeSubDomains");
            }
        });
    }

    @Test
    void cors_allowedOrigin_isEchoedWithVary() {
        JavalinTest.test(javalin(fixture.useCases, false, List.of(ALLOWED_ORIGIN)), (server, client) -> {
            var api = new ApiClient(client);
            var anonymous = new ApiClient(client, null);

            List<ApiResponse> responses = List.of(
                    api.get("/api/v1/live", "Origin", ALLOWED_ORIGIN),
                    api.get("/api/v1/no-such-route", "Origin", ALLOWED_ORIGIN),
                    anonymous.get("/api/v1/doctors", "Origin", ALLOWED_ORIGIN));

            assertThat(responses).extracting(ApiResponse::status).containsExactly(200, 404, 401);
            for (ApiResponse response : responses) {
                String described = response.status() + " " + response.body();
                assertThat(response.header("Access-Control-Allow-Origin")).as(described).isEqualTo(ALLOWED_ORIGIN);
                assertThat(response.headers().get("Vary")).as(described).contains("Origin");
                assertThat(response.header("Access-Control-Allow-Credentials")).as(described).isNull();
                assertThat(response.header("Access-Control-Expose-Headers")).as(described).contains("Retry-After");
            }
        });
    }

    @Test
    void cors_unknownOrigin_getsNoCorsHeaders() {
        JavalinTest.test(javalin(fixture.useCases, false, List.of(ALLOWED_ORIGIN)), (server, client) -> {
            var api = new ApiClient(client);

            List<ApiResponse> responses = List.of(
                    api.get("/api/v1/live", "Origin", UNKNOWN_ORIGIN),
                    api.get("/api/v1/live", "Origin", "null"),
                    api.get("/api/v1/live", "Origin", ALLOWED_ORIGIN + ".evil.example"),
                    preflight(client, "/api/v1/doctors", UNKNOWN_ORIGIN));

            for (ApiResponse response : responses) {
                assertNoCorsHeaders(response);
                assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            }
        });
    }

    @Test
    void cors_noOriginsConfigured_getsNoCorsHeaders() {
        JavalinTest.test(javalin(fixture.useCases, false, List.of()), (server, client) -> {
            var api = new ApiClient(client);

            assertNoCorsHeaders(api.get("/api/v1/live", "Origin", ALLOWED_ORIGIN));
            assertNoCorsHeaders(preflight(client, "/api/v1/doctors", ALLOWED_ORIGIN));
        });
    }

    @Test
    void cors_preflightFromAllowedOrigin_returns204() {
        JavalinTest.test(javalin(fixture.useCases, false, List.of(ALLOWED_ORIGIN)), (server, client) -> {
            for (String path : List.of("/api/v1/doctors", "/api/v1/doctors/7", "/api/v1/auth/otp/verify")) {
                ApiResponse response = preflight(client, path, ALLOWED_ORIGIN);

                assertThat(response.status()).as(path + " " + response.body()).isEqualTo(204);
                assertThat(response.header("Access-Control-Allow-Origin")).as(path).isEqualTo(ALLOWED_ORIGIN);
                assertThat(response.headers().get("Vary")).as(path).contains("Origin");
                assertThat(response.header("Access-Control-Allow-Methods")).as(path)
                        .contains("GET").contains("POST").contains("PATCH").contains("DELETE");
                assertThat(response.header("Access-Control-Allow-Headers")).as(path)
                        .contains("Authorization").contains("Content-Type");
                assertThat(response.header("Access-Control-Allow-Credentials")).as(path).isNull();
                assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                assertThat(response.body()).as(path).isEmpty();
            }
        });
    }

    @Test
    void httpSettings_wildcardOrigin_isRejected() {
        assertThatThrownBy(() -> new HttpSettings(1, true, List.of("*")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'*'");
        assertThatThrownBy(() -> new HttpSettings(1, false, List.of(ALLOWED_ORIGIN, "*")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Sends requests that end in 200, 401, 403, 404, 405, 422 and 500, and returns the responses. */
    private static List<ApiResponse> responsesOfEveryKind(HttpClient client) {
        var admin = new ApiClient(client);
        var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);
        var anonymous = new ApiClient(client, null);

        List<ApiResponse> responses = new ArrayList<>();
        responses.add(admin.get("/api/v1/live"));
        responses.add(anonymous.get("/api/v1/doctors"));
        responses.add(staff.get("/api/v1/admin/users"));
        responses.add(admin.get("/api/v1/no-such-route"));
        responses.add(admin.send("PUT", "/api/v1/doctors/1", Map.of("specialty", "ENT")));
        responses.add(admin.post("/api/v1/doctors", Map.of("first_name", "")));
        responses.add(admin.get("/api/v1/doctors/1"));

        assertThat(responses).extracting(ApiResponse::status).containsExactly(200, 401, 403, 404, 405, 422, 500);
        return responses;
    }

    /** Sends a CORS preflight, which the test client cannot send, through the JDK client to the test server. */
    private static ApiResponse preflight(HttpClient client, String path, String origin) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.getOrigin() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .build();
        try (var jdkClient = java.net.http.HttpClient.newHttpClient()) {
            HttpResponse<String> response = jdkClient.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), new HttpHeaders(response.headers()), response.body());
        } catch (IOException e) {
            throw new AssertionError("the preflight to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("the preflight to " + path + " was interrupted", e);
        }
    }

    private static void assertNoCorsHeaders(ApiResponse response) {
        for (String name : CORS_RESPONSE_HEADERS) {
            assertThat(response.headers().get(name)).as("%s on %d %s", name, response.status(), response.body()).isNullOrEmpty();
        }
        List<String> vary = response.headers().get("Vary");
        assertThat(vary == null ? List.<String>of() : vary).as("Vary on %d", response.status()).doesNotContain("Origin");
    }

    private Javalin javalin(UseCases useCases, boolean https, List<String> corsOrigins) {
        return HttpApi.javalin(useCases, new HttpSettings(ApiFixture.MAX_UPLOAD_BYTES, https, corsOrigins));
    }

    /** Returns the fixture's use cases with a doctor read that fails unexpectedly, for a 500 response. */
    private UseCases failingGetDoctor() {
        GetDoctorQuery failing = (id, actor) -> {
            throw new IllegalStateException("the doctor read failed on purpose");
        };
        UseCases real = fixture.useCases;
        return new UseCases(real.createDoctor(), failing, real.listDoctors(), real.updateDoctor(), real.deleteDoctor(),
                real.submitProfile(), real.verifyDoctor(), real.rejectDoctor(), real.statusHistory(), real.smartFill(),
                real.databaseHealth(), real.signIn(), real.authenticate(), real.manageUsers(), real.catalogue());
    }
}
