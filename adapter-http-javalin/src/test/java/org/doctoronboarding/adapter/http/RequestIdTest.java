package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.doctoronboarding.adapter.http.ApiClient.Part;
import org.junit.jupiter.api.Test;

/** The {@code X-Request-ID} header on every response, echoed when the caller's is sane and generated otherwise. */
class RequestIdTest {

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void saneId_isEchoed() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            for (String id : List.of("req-42", "5f0c1e9a-77b1-4c43-9d0e-0f6b2f1f4a10", "gateway:edge.7_a", "x".repeat(128))) {
                ApiResponse response = api.get("/api/v1/live", RequestIds.HEADER, id);

                assertThat(response.requestId()).isEqualTo(id);
            }
        });
    }

    @Test
    void missingId_isGeneratedAsUuid() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            String id = api.get("/api/v1/live").requestId();

            assertThat(id).isNotNull();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        });
    }

    @Test
    void unsafeId_isReplaced() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            for (String id : List.of("has space", "x".repeat(129), "<script>", "a/b", "")) {
                ApiResponse response = api.get("/api/v1/live", RequestIds.HEADER, id);

                assertThat(response.requestId()).as("sent %s", id).isNotEqualTo(id);
                assertThat(UUID.fromString(response.requestId()).toString()).isEqualTo(response.requestId());
            }
        });
    }

    @Test
    void generatedIds_differPerRequest() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Set<String> ids = new HashSet<>();

            for (int i = 0; i < 5; i++) {
                ids.add(api.get("/api/v1/live").requestId());
            }

            assertThat(ids).hasSize(5);
        });
    }

    @Test
    void everyResponse_carriesEchoedId() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            String[] header = {RequestIds.HEADER, "trace-7"};
            long id = api.createDoctor(DoctorRequests.minimal(1));

            List<ApiResponse> responses = List.of(
                    api.post("/api/v1/doctors", DoctorRequests.minimal(2), header),
                    api.get("/api/v1/doctors/" + id, header),
                    api.get("/api/v1/doctors", header),
                    api.patch("/api/v1/doctors/" + id, Map.of("specialty", "ENT"), header),
                    api.post("/api/v1/doctors/" + id + "/submit", null, header),
                    api.get("/api/v1/doctors/" + id + "/status-history", header),
                    api.delete("/api/v1/doctors/" + id, header),
                    api.postMultipart("/api/v1/onboarding/smart-fill", List.of(Part.file("file", "cv.txt", new byte[] {'a'})), header),
                    api.get("/api/v1/health", header));

            for (ApiResponse response : responses) {
                assertThat(response.requestId()).as("status %s, body %s", response.status(), response.body()).isEqualTo("trace-7");
            }
        });
    }

    @Test
    void errorResponses_carryIdInHeaderAndBody() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            String[] header = {RequestIds.HEADER, "trace-8"};

            List<ApiResponse> responses = List.of(
                    api.get("/api/v1/nothing-here", header),
                    api.get("/api/v1/doctors/4711", header),
                    api.get("/api/v1/doctors?page=0", header),
                    api.post("/api/v1/doctors", "{", header),
                    api.post("/api/v1/doctors/4711/verify", null, header),
                    api.post("/api/v1/onboarding/smart-fill", null, header),
                    api.postMultipart("/api/v1/onboarding/smart-fill",
                            List.of(Part.file("file", "cv.txt", new byte[(int) ApiFixture.MAX_UPLOAD_BYTES + 1])), header));

            for (ApiResponse response : responses) {
                assertThat(response.requestId()).as(response.body()).isEqualTo("trace-8");
                assertThat(response.json().path("request_id").asText()).as(response.body()).isEqualTo("trace-8");
            }
        });
    }

    @Test
    void errorWithoutCallerId_usesGeneratedIdInBody() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.get("/api/v1/doctors/4711");

            assertThat(response.requestId()).isNotBlank();
            assertThat(response.json().path("request_id").asText()).isEqualTo(response.requestId());
        });
    }
}
