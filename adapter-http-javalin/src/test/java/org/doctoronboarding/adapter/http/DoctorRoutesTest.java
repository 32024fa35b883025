package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertProblem;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertValidationFields;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, read, list, edit and delete of doctor profiles over HTTP, with the real services behind. */
class DoctorRoutesTest {

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void create_returns201WithLocationAndProfile() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.cardiologist());

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.contentType()).startsWith("application/json");
            JsonNode doctor = response.json();
            long id = doctor.path("doctor_id").asLong();
            assertThat(id).isPositive();
            assertThat(response.header("Location")).isEqualTo("/api/v1/doctors/" + id);
            assertThat(doctor.path("title").asText()).isEqualTo("dr");
            assertThat(doctor.path("first_name").asText()).isEqualTo("Rohan");
            assertThat(doctor.path("email").asText()).isEqualTo("rohan.mehta@example.in");
            assertThat(doctor.path("phone_number").asText()).isEqualTo("+919876543210");
            assertThat(doctor.path("onboarding_status").asText()).isEqualTo("pending");
            assertThat(doctor.path("onboarding_source").asText()).isEqualTo("manual");
            assertThat(doctor.path("is_active").asBoolean()).isTrue();
            assertThat(doctor.path("verified_at").isNull()).isTrue();
            assertThat(doctor.path("rejection_reason").isNull()).isTrue();
            assertThat(doctor.path("created_at").asText()).isEqualTo(ApiFixture.NOW.toString());
            assertThat(doctor.path("year_of_mbbs").asInt()).isEqualTo(2006);
            assertThat(doctor.path("consultation_fee").asInt()).isEqualTo(900);
            assertThat(texts(doctor.path("qualifications"))).containsExactly("MBBS", "MD (General Medicine)", "DM (Cardiology)");
        });
    }

    @Test
    void create_listsEmptyListFieldsAsEmptyArrays() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            JsonNode doctor = api.post("/api/v1/doctors", DoctorRequests.minimal(1)).json();

            assertThat(doctor.path("fellowships").isArray()).isTrue();
            assertThat(doctor.path("fellowships")).isEmpty();
            assertThat(doctor.path("qualifications").isArray()).isTrue();
            assertThat(doctor.path("qualifications")).isEmpty();
            assertThat(doctor.path("content_seeds").isArray()).isTrue();
            assertThat(doctor.path("content_seeds")).isEmpty();
            assertThat(doctor.path("external_links").isObject()).isTrue();
            assertThat(doctor.path("external_links")).isEmpty();
            assertThat(doctor.has("specialty")).as("absent text fields are present as null").isTrue();
            assertThat(doctor.path("specialty").isNull()).isTrue();
            assertThat(doctor.path("title").isNull()).isTrue();
        });
    }

    @Test
    void create_acceptsResumeSource() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Map<String, Object> body = DoctorRequests.with(DoctorRequests.minimal(1), "onboarding_source", "resume");
            body.put("raw_extraction_data", Map.of("fields", Map.of()));

            ApiResponse response = api.post("/api/v1/doctors", body);

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.json().path("onboarding_source").asText()).isEqualTo("resume");
        });
    }

    @Test
    void create_rejectsUnknownSource() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.post("/api/v1/doctors",
                    DoctorRequests.with(DoctorRequests.minimal(1), "onboarding_source", "fax"));

            assertThat(assertValidationFields(response)).containsExactly("onboarding_source");
            assertThat(fixture.doctors.size()).isZero();
        });
    }

    @Test
    void get_returnsStoredProfile() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            JsonNode created = api.post("/api/v1/doctors", DoctorRequests.cardiologist()).json();

            ApiResponse response = api.get("/api/v1/doctors/" + created.path("doctor_id").asLong());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(created);
        });
    }

    @Test
    void get_unknownDoctor_returns404() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.get("/api/v1/doctors/4711");

            JsonNode problem = assertProblem(response, 404, "DOCTOR_NOT_FOUND");
            assertThat(problem.path("detail").asText()).contains("4711");
            assertThat(problem.has("errors")).isFalse();
        });
    }

    @Test
    void get_nonNumericId_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            for (String id : List.of("abc", "0", "-3", "1.5", "99999999999999999999")) {
                ApiResponse response = api.get("/api/v1/doctors/" + id);

                assertThat(assertValidationFields(response)).as("doctor id %s", id).containsExactly("doctor_id");
            }
        });
    }

    @Test
    void list_returnsNewestFirstWithPaging() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long first = api.createDoctor(DoctorRequests.minimal(1));
            long second = api.createDoctor(DoctorRequests.minimal(2));
            long third = api.createDoctor(DoctorRequests.minimal(3));

            JsonNode page1 = api.get("/api/v1/doctors?page=1&page_size=2").json();
            JsonNode page2 = api.get("/api/v1/doctors?page=2&page_size=2").json();

            assertThat(ids(page1)).containsExactly(third, second);
            assertThat(page1.path("page").asInt()).isEqualTo(1);
            assertThat(page1.path("page_size").asInt()).isEqualTo(2);
            assertThat(page1.path("total").asLong()).isEqualTo(3);
            assertThat(ids(page2)).containsExactly(first);
            assertThat(page2.path("page").asInt()).isEqualTo(2);
            assertThat(page2.path("total").asLong()).isEqualTo(3);
        });
    }

    @Test
    void list_defaultsToFirstPageOfTwenty() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.get("/api/v1/doctors");

            assertThat(response.status()).isEqualTo(200);
            JsonNode list = response.json();
            assertThat(list.path("items").isArray()).isTrue();
            assertThat(list.path("items")).isEmpty();
            assertThat(list.path("page").asInt()).isEqualTo(1);
            assertThat(list.path("page_size").asInt()).isEqualTo(20);
            assertThat(list.path("total").asLong()).isZero();
        });
    }

    @Test
    void list_pageBeyondEnd_isEmpty() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            api.createDoctor(DoctorRequests.minimal(1));

            JsonNode list = api.get("/api/v1/doctors?page=5").json();

            assertThat(list.path("items")).isEmpty();
            assertThat(list.path("total").asLong()).isEqualTo(1);
        });
    }

    @Test
    void list_filtersByStatusSpecialtyCityAndQuery() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long cardiologist = api.createDoctor(DoctorRequests.cardiologist());
            long other = api.createDoctor(DoctorRequests.with(DoctorRequests.minimal(1), "specialty", "Dermatology"));
            api.post("/api/v1/doctors/" + other + "/submit", null);

            assertThat(ids(api.get("/api/v1/doctors?status=submitted").json())).containsExactly(other);
            assertThat(ids(api.get("/api/v1/doctors?status=pending").json())).containsExactly(cardiologist);
            assertThat(ids(api.get("/api/v1/doctors?specialty=cardiology").json())).containsExactly(cardiologist);
            assertThat(ids(api.get("/api/v1/doctors?city=PUNE").json())).containsExactly(cardiologist);
            assertThat(ids(api.get("/api/v1/doctors?q=mehta").json())).containsExactly(cardiologist);
            assertThat(ids(api.get("/api/v1/doctors?q=MMC-2006").json())).containsExactly(cardiologist);
            assertThat(ids(api.get("/api/v1/doctors?specialty=Cardiology&status=submitted").json())).isEmpty();
            assertThat(api.get("/api/v1/doctors?city=Pune").json().path("total").asLong()).isEqualTo(1);
        });
    }

    @Test
    void list_rejectsBadQueryParameters() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            Map<String, String> fieldByQuery = Map.of(
                    "page=0", "page",
                    "page=-1", "page",
                    "page=abc", "page",
                    "page_size=0", "page_size",
                    "page_size=101", "page_size",
                    "page_size=ten", "page_size",
                    "status=foo", "status",
                    "status=PENDING", "status");

            fieldByQuery.forEach((query, field) -> {
                ApiResponse response = api.get("/api/v1/doctors?" + query);

                assertThat(assertValidationFields(response)).as("query %s", query).containsExactly(field);
            });
        });
    }

    @Test
    void list_badStatusAndPage_listedTogether() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.get("/api/v1/doctors?status=foo&page=0&page_size=101");

            assertThat(assertValidationFields(response)).containsExactlyInAnyOrder("status", "page", "page_size");
        });
    }

    @Test
    void list_acceptsPageSizeOfHundred() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.get("/api/v1/doctors?page_size=100");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("page_size").asInt()).isEqualTo(100);
        });
    }

    @Test
    void patch_changesOnlyGivenFields() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            JsonNode before = api.post("/api/v1/doctors", DoctorRequests.cardiologist()).json();
            long id = before.path("doctor_id").asLong();

            ApiResponse response = api.patch("/api/v1/doctors/" + id,
                    Map.of("primary_practice_location", "Mumbai", "fellowships", List.of("FACC")));

            assertThat(response.status()).isEqualTo(200);
            JsonNode after = response.json();
            assertThat(after.path("primary_practice_location").asText()).isEqualTo("Mumbai");
            assertThat(texts(after.path("fellowships"))).containsExactly("FACC");
            assertThat(after.path("specialty")).isEqualTo(before.path("specialty"));
            assertThat(after.path("qualifications")).isEqualTo(before.path("qualifications"));
            assertThat(after.path("email")).isEqualTo(before.path("email"));
            assertThat(after.path("updated_at").asText()).isNotEqualTo(before.path("updated_at").asText());
            assertThat(api.get("/api/v1/doctors/" + id).json()).isEqualTo(after);
        });
    }

    @Test
    void patch_nullClearsField() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.cardiologist());

            ApiResponse response = api.patch("/api/v1/doctors/" + id, "{\"specialty\": null, \"qualifications\": null}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("specialty").isNull()).isTrue();
            assertThat(response.json().path("qualifications")).isEmpty();
        });
    }

    @Test
    void patch_nullRequiredField_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.patch("/api/v1/doctors/" + id, "{\"email\": null}");

            assertThat(assertValidationFields(response)).containsExactly("email");
        });
    }

    @Test
    void patch_emptyObject_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.patch("/api/v1/doctors/" + id, "{}");

            assertThat(assertValidationFields(response)).containsExactly("body");
        });
    }

    @Test
    void patch_unknownDoctor_returns404() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.patch("/api/v1/doctors/4711", Map.of("specialty", "Neurology"));

            assertProblem(response, 404, "DOCTOR_NOT_FOUND");
        });
    }

    @Test
    void patch_takenEmail_returns409() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            api.createDoctor(DoctorRequests.minimal(1));
            long second = api.createDoctor(DoctorRequests.minimal(2));

            ApiResponse response = api.patch("/api/v1/doctors/" + second, Map.of("email", "ANANYA.IYER1@example.in"));

            JsonNode problem = assertProblem(response, 409, "DOCTOR_ALREADY_EXISTS");
            assertThat(ProblemAssertions.errorFields(problem)).containsExactly("email");
            assertThat(api.get("/api/v1/doctors/" + second).json().path("email").asText()).isEqualTo("ananya.iyer2@example.in");
        });
    }

    @Test
    void patch_ownEmail_isAccepted() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.patch("/api/v1/doctors/" + id, Map.of("email", "ananya.iyer1@example.in"));

            assertThat(response.status()).isEqualTo(200);
        });
    }

    @Test
    void delete_returns204AndHidesDoctor() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long remainingId = api.createDoctor(DoctorRequests.minimal(1));
            long deleted = api.createDoctor(DoctorRequests.minimal(2));

            ApiResponse response = api.delete("/api/v1/doctors/" + deleted);

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
            assertProblem(api.get("/api/v1/doctors/" + deleted), 404, "DOCTOR_NOT_FOUND");
            assertProblem(api.patch("/api/v1/doctors/" + deleted, Map.of("specialty", "ENT")), 404, "DOCTOR_NOT_FOUND");
            assertThat(ids(api.get("/api/v1/doctors").json())).containsExactly(remainingId);
            assertThat(api.get("/api/v1/doctors").json().path("total").asLong()).isEqualTo(1);
        });
    }

    @Test
    void delete_twice_returns404() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));
            api.delete("/api/v1/doctors/" + id);

            ApiResponse response = api.delete("/api/v1/doctors/" + id);

            assertProblem(response, 404, "DOCTOR_NOT_FOUND");
        });
    }

    @Test
    void delete_keepsEmailTaken() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));
            api.delete("/api/v1/doctors/" + id);

            ApiResponse response = api.post("/api/v1/doctors", DoctorRequests.minimal(1));

            JsonNode problem = assertProblem(response, 409, "DOCTOR_ALREADY_EXISTS");
            assertThat(ProblemAssertions.errorFields(problem)).containsExactly("email");
        });
    }

    static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.path("items").forEach(item -> ids.add(item.path("doctor_id").asLong()));
        return ids;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
