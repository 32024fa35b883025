package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Liveness, readiness and health, with the database up and down. */
class HealthRoutesTest {

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void live_returnsOk() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.get("/api/v1/live");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/json");
            assertThat(response.json().path("status").asText()).isEqualTo("ok");
        });
    }

    @Test
    void readyAndHealth_databaseUp_returnOk() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            for (String path : List.of("/api/v1/ready", "/api/v1/health")) {
                ApiResponse response = api.get(path);

                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(response.json().path("status").asText()).as(path).isEqualTo("ok");
                assertThat(response.json().path("database").asText()).as(path).isEqualTo("ok");
            }
        });
    }

    @Test
    void readyAndHealth_databaseDown_return503() {
        fixture.database.goDown();
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            for (String path : List.of("/api/v1/ready", "/api/v1/health")) {
                ApiResponse response = api.get(path);

                assertThat(response.status()).as(path).isEqualTo(503);
                JsonNode body = response.json();
                assertThat(body.path("status").asText()).as(path).isEqualTo("unavailable");
                assertThat(body.path("database").asText()).as(path).isEqualTo("unreachable");
                assertThat(response.body()).as(path).doesNotContain(SwitchableDatabaseHealth.FAILURE_MESSAGE);
                assertThat(response.body()).as(path).doesNotContain("5432");
                ProblemAssertions.assertNoJavaInternals(response);
                assertThat(response.requestId()).as(path).isNotBlank();
            }
        });
    }

    @Test
    void live_databaseDown_staysOk() {
        fixture.database.goDown();
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.get("/api/v1/live");

            assertThat(response.status()).isEqualTo(200);
        });
    }
}
