package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertProblem;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertValidationFields;
import static org.doctoronboarding.adapter.http.ProblemAssertions.errorFields;
import static org.doctoronboarding.adapter.http.ProblemAssertions.errorMessage;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies the doctor routes reject, and proof that a rejected write stores nothing. */
class DoctorRequestBodyTest {

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void create_malformedJson_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", "{\"first_name\": \"Ananya\",");

            JsonNode problem = assertProblem(response, 400, "MALFORMED_JSON");
            assertThat(problem.path("detail").asText()).contains("line 1");
            assertThat(fixture.doctors.size()).isZero();
        });
    }

    @Test
    void create_trailingGarbage_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", "{\"first_name\": \"Ananya\"} {}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith(Problems.CONTENT_TYPE);
            assertThat(response.json().path("code").asText()).isEqualTo("MALFORMED_JSON");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"first_name\": \"Ananya\"} {}", "deep"})
    void create_malformedJson_namesNoJavaClass(String body) {
        String sent = body.equals("deep") ? "{\"a\":".repeat(1200) + "1" + "}".repeat(1200) : body;
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", sent);

            assertProblem(response, 400, "MALFORMED_JSON");
        });
    }

    @Test
    void create_emptyBody_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", "");

            assertProblem(response, 400, "MALFORMED_JSON");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"first_name\": \"Ananya\"}]", "\"Ananya\"", "42", "null"})
    void create_nonObjectBody_returns400(String body) {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", body);

            JsonNode problem = assertProblem(response, 400, "MALFORMED_JSON");
            assertThat(problem.path("detail").asText()).contains("JSON object");
        });
    }

    @Test
    void create_duplicateKey_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            String body = """
                    {"first_name": "Ananya", "last_name": "Iyer", "email": "a@example.in",
                     "email": "b@example.in", "phone_number": "9876543210"}""";

            ApiResponse response = api.post("/api/v1/doctors", body);

            JsonNode problem = assertProblem(response, 400, "MALFORMED_JSON");
            assertThat(problem.path("detail").asText()).contains("email");
            assertThat(fixture.doctors.size()).isZero();
        });
    }

    @Test
    void patch_malformedJson_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.patch("/api/v1/doctors/" + id, "{specialty: Cardiology}");

            assertProblem(response, 400, "MALFORMED_JSON");
        });
    }

    @Test
    void create_unknownField_returns422NamingIt() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors",
                    DoctorRequests.with(DoctorRequests.minimal(1), "favourite_colour", "blue"));

            assertThat(assertValidationFields(response)).containsExactly("favourite_colour");
            assertThat(fixture.doctors.size()).isZero();
        });
    }

    @Test
    void patch_unknownField_returns422NamingIt() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.patch("/api/v1/doctors/" + id, Map.of("speciality_area", "ENT"));

            assertThat(assertValidationFields(response)).containsExactly("speciality_area");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"onboarding_status", "verified_at", "doctor_id", "rejection_reason", "is_active", "created_at"})
    void create_readOnlyField_returns422(String field) {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Object value = switch (field) {
                case "is_active" -> true;
                case "doctor_id" -> 7;
                default -> "verified";
            };

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(1), field, value));

            JsonNode problem = assertProblem(response, 422, "VALIDATION_FAILED");
            assertThat(errorFields(problem)).containsExactly(field);
            assertThat(fixture.doctors.size()).isZero();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"onboarding_status", "verified_at", "onboarding_source", "raw_extraction_data", "updated_at"})
    void patch_readOnlyField_returns422(String field) {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.patch("/api/v1/doctors/" + id, Map.of(field, "verified"));

            assertThat(assertValidationFields(response)).containsExactly(field);
            assertThat(api.get("/api/v1/doctors/" + id).json().path("onboarding_status").asText()).isEqualTo("pending");
        });
    }

    @Test
    void create_yearAsString_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(1), "year_of_mbbs", "2008"));

            JsonNode problem = assertProblem(response, 422, "VALIDATION_FAILED");
            assertThat(errorFields(problem)).containsExactly("year_of_mbbs");
            assertThat(errorMessage(problem, "year_of_mbbs")).contains("whole number");
        });
    }

    @Test
    void create_wrongTypes_listedTogether() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Map<String, Object> body = DoctorRequests.minimal(1);
            body.put("year_of_mbbs", 1800);
            body.put("qualifications", "MBBS");
            body.put("consultation_fee", "free");
            body.put("specialty", List.of("Cardiology"));

            ApiResponse response = api.post("/api/v1/doctors", body);

            assertThat(assertValidationFields(response))
                    .containsExactlyInAnyOrder("year_of_mbbs", "qualifications", "consultation_fee", "specialty");
        });
    }

    @Test
    void create_futureYear_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            int nextYear = ApiFixture.NOW.atOffset(java.time.ZoneOffset.UTC).getYear() + 1;

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(1), "year_of_mbbs", nextYear));

            assertThat(assertValidationFields(response)).containsExactly("year_of_mbbs");
        });
    }

    @Test
    void create_specialisationBeforeMbbs_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Map<String, Object> body = DoctorRequests.with(DoctorRequests.minimal(1), "year_of_mbbs", 2010);
            body.put("year_of_specialisation", 2005);

            ApiResponse response = api.post("/api/v1/doctors", body);

            assertThat(assertValidationFields(response)).containsExactly("year_of_specialisation");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+1 415 555 0100", "98765 4321x", "5876543210", "+91 98765 432100"})
    void create_badPhone_returns422(String phone) {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(1), "phone_number", phone));

            JsonNode problem = assertProblem(response, 422, "VALIDATION_FAILED");
            assertThat(errorFields(problem)).containsExactly("phone_number");
            assertThat(errorMessage(problem, "phone_number")).contains(phone.strip());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"9876543210", "09876543210", "919876543210", "+91-98765-43210", "(+91) 98765.43210"})
    void create_writtenPhoneForms_normaliseToE164(String phone) {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(1), "phone_number", phone));

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(response.json().path("phone_number").asText()).isEqualTo("+919876543210");
        });
    }

    @Test
    void create_badEmail_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(1), "email", "ananya@"));

            assertThat(assertValidationFields(response)).containsExactly("email");
        });
    }

    @Test
    void create_missingRequired_listedTogether() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", Map.of("specialty", "Cardiology"));

            assertThat(assertValidationFields(response))
                    .containsExactlyInAnyOrder("first_name", "last_name", "email", "phone_number");
            assertThat(fixture.doctors.size()).isZero();
        });
    }

    @Test
    void create_emptyObject_listsRequiredFields() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", "{}");

            assertThat(assertValidationFields(response))
                    .containsExactlyInAnyOrder("first_name", "last_name", "email", "phone_number");
        });
    }

    @Test
    void create_blankRequired_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(1), "first_name", "   "));

            assertThat(assertValidationFields(response)).containsExactly("first_name");
        });
    }

    @Test
    void create_invalidAndMissing_listedTogether() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Map<String, Object> body = Map.of("email", "ananya.iyer@example.in", "phone_number", "12345");

            ApiResponse response = api.post("/api/v1/doctors", body);

            assertThat(assertValidationFields(response))
                    .containsExactlyInAnyOrder("first_name", "last_name", "phone_number");
        });
    }

    @Test
    void create_profileAndPersonalErrors_listedTogether() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Map<String, Object> body = Map.of("year_of_mbbs", "2008", "favourite_colour", "blue");

            ApiResponse response = api.post("/api/v1/doctors", body);

            assertThat(assertValidationFields(response)).containsExactlyInAnyOrder(
                    "year_of_mbbs", "favourite_colour", "first_name", "last_name", "email", "phone_number");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "phone_number", "registration_number"})
    void create_takenUniqueValue_returns409NamingField(String field) {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Map<String, Object> first = DoctorRequests.with(DoctorRequests.minimal(1), "registration_number", "KMC-100200");
            api.createDoctor(first);
            Map<String, Object> second = DoctorRequests.with(DoctorRequests.minimal(2), "registration_number", "KMC-300400");
            second.put(field, first.get(field));

            ApiResponse response = api.post("/api/v1/doctors", second);

            JsonNode problem = assertProblem(response, 409, "DOCTOR_ALREADY_EXISTS");
            assertThat(errorFields(problem)).containsExactly(field);
            assertThat(problem.path("detail").asText()).contains(field);
            assertThat(fixture.doctors.size()).isEqualTo(1);
        });
    }

    @Test
    void create_emailDifferingInCase_returns409() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.post("/api/v1/doctors",
                    DoctorRequests.with(DoctorRequests.minimal(2), "email", "  Ananya.Iyer1@EXAMPLE.in "));

            JsonNode problem = assertProblem(response, 409, "DOCTOR_ALREADY_EXISTS");
            assertThat(errorFields(problem)).containsExactly("email");
        });
    }

    @Test
    void create_oversizedBody_returns413() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            String padding = "x".repeat(Json.MAX_BODY_BYTES + 1);

            ApiResponse response = api.post("/api/v1/doctors",
                    DoctorRequests.with(DoctorRequests.minimal(1), "about_me", padding));

            assertProblem(response, 413, "REQUEST_TOO_LARGE");
            assertThat(fixture.doctors.size()).isZero();
        });
    }
}
