package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertProblem;
import static org.doctoronboarding.adapter.http.ProblemAssertions.errorFields;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.adapter.http.ApiClient.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/v1/onboarding/smart-fill} with stub text reading and extraction behind the real service. */
class SmartFillRoutesTest {

    private static final String PATH = "/api/v1/onboarding/smart-fill";
    private static final String CV = "full_name: Dr. Ananya Iyer\nspecialty: Cardiology\n";

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void smartFill_returnsFieldsWithSources() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.postMultipart(PATH, List.of(Part.file("file", "ananya-cv.txt", utf8(CV))));

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/json");
            JsonNode result = response.json();
            assertThat(result.path("file_name").asText()).isEqualTo("ananya-cv.txt");
            assertThat(result.path("media_type").asText()).isEqualTo("text/plain");
            assertThat(result.path("pages").asInt()).isEqualTo(1);
            assertThat(result.path("elapsed_ms").asLong()).isNotNegative();
            assertThat(result.path("warnings").isArray()).isTrue();
            assertThat(result.path("warnings")).isEmpty();
            JsonNode specialty = result.path("fields").path("specialty");
            assertThat(specialty.path("value").asText()).isEqualTo("Cardiology");
            assertThat(specialty.path("confidence").asDouble()).isEqualTo(0.9);
            assertThat(specialty.path("source").path("page").asInt()).isEqualTo(1);
            assertThat(specialty.path("source").path("text").asText()).isEqualTo("specialty: Cardiology");
            assertThat(result.path("fields").path("full_name").path("value").asText()).isEqualTo("Dr. Ananya Iyer");
        });
    }

    @Test
    void smartFill_storesNothing() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            api.postMultipart(PATH, List.of(Part.file("file", "cv.txt", utf8(CV))));

            assertThat(fixture.doctors.size()).isZero();
            assertThat(api.get("/api/v1/doctors").json().path("total").asLong()).isZero();
        });
    }

    @Test
    void smartFill_nothingFound_returnsWarning() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.postMultipart(PATH, List.of(Part.file("file", "notes.txt", utf8("just some words"))));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("fields").isObject()).isTrue();
            assertThat(response.json().path("fields")).isEmpty();
            assertThat(DoctorRoutesTest.texts(response.json().path("warnings"))).containsExactly(StubProfileExtractor.NOTHING_FOUND);
        });
    }

    @Test
    void smartFill_ignoresOtherParts() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            List<Part> parts = List.of(Part.field("note", "from the clinic desk"), Part.file("file", "cv.txt", utf8(CV)));

            ApiResponse response = api.postMultipart(PATH, parts);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("fields").path("specialty").path("value").asText()).isEqualTo("Cardiology");
        });
    }

    @Test
    void smartFill_jsonBody_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post(PATH, Map.of("file", CV));

            JsonNode problem = assertProblem(response, 400, "MULTIPART_REQUIRED");
            assertThat(errorFields(problem)).containsExactly("file");
        });
    }

    @Test
    void smartFill_noBody_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post(PATH, null);

            assertProblem(response, 400, "MULTIPART_REQUIRED");
        });
    }

    @Test
    void smartFill_withoutFilePart_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.postMultipart(PATH, List.of(Part.file("cv", "cv.txt", utf8(CV))));

            JsonNode problem = assertProblem(response, 400, "FILE_MISSING");
            assertThat(errorFields(problem)).containsExactly("file");
        });
    }

    @Test
    void smartFill_fileAsPlainField_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.postMultipart(PATH, List.of(Part.field("file", CV)));

            assertProblem(response, 400, "FILE_MISSING");
        });
    }

    @Test
    void smartFill_fileAtLimit_isAccepted() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.postMultipart(PATH, List.of(Part.file("file", "cv.txt", filler((int) ApiFixture.MAX_UPLOAD_BYTES))));

            assertThat(response.status()).as(response.body()).isEqualTo(200);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1024, 40_000})
    void smartFill_fileOverLimit_returns413(int bytesOverLimit) {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            byte[] content = filler((int) ApiFixture.MAX_UPLOAD_BYTES + bytesOverLimit);

            ApiResponse response = api.postMultipart(PATH, List.of(Part.file("file", "cv.txt", content)));

            JsonNode problem = assertProblem(response, 413, "DOCUMENT_TOO_LARGE");
            assertThat(problem.path("detail").asText()).contains("limit");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {100_000, 2_000_000})
    void smartFill_fileFarOverLimit_returns413(int size) {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.postMultipart(PATH, List.of(Part.file("file", "cv.txt", filler(size))));

            assertProblem(response, 413, "DOCUMENT_TOO_LARGE");
        });
    }

    @Test
    void smartFill_corruptDocument_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            byte[] content = utf8(StubDocumentTextReader.CORRUPT_MARKER + "-1.7 broken cross-reference table");

            ApiResponse response = api.postMultipart(PATH, List.of(Part.file("file", "cv.pdf", content)));

            JsonNode problem = assertProblem(response, 422, "DOCUMENT_CORRUPT");
            assertThat(problem.path("detail").asText()).contains("damaged");
        });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] filler(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'a');
        return content;
    }
}
