package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertProblem;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertValidationFields;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review workflow over HTTP: submit, verify, reject, and the status history they leave behind. */
class StatusRoutesTest {

    private static final String USER_AGENT = "OnboardingReviewer/2.1 (status-routes-test)";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "[0:0:0:0:0:0:0:1]", "::1", "[::1]");

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void submit_movesPendingToSubmitted() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.post(path(id, "submit"), null);

            assertThat(response.status()).isEqualTo(200);
            JsonNode doctor = response.json();
            assertThat(doctor.path("doctor_id").asLong()).isEqualTo(id);
            assertThat(doctor.path("onboarding_status").asText()).isEqualTo("submitted");
            assertThat(doctor.path("status_updated_at").asText()).isEqualTo(ApiFixture.NOW.toString());
            assertThat(doctor.path("verified_at").isNull()).isTrue();
            assertThat(api.get("/api/v1/doctors/" + id).json().path("onboarding_status").asText()).isEqualTo("submitted");
        });
    }

    @Test
    void submit_acceptsEmptyJsonObject() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.post(path(id, "submit"), "{}");

            assertThat(response.status()).isEqualTo(200);
        });
    }

    @Test
    void verify_setsVerifiedAt() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);

            ApiResponse response = api.post(path(id, "verify"), Map.of("notes", "Registration checked with the council"));

            assertThat(response.status()).isEqualTo(200);
            JsonNode doctor = response.json();
            assertThat(doctor.path("onboarding_status").asText()).isEqualTo("verified");
            assertThat(doctor.path("verified_at").asText()).isEqualTo(ApiFixture.NOW.toString());
            assertThat(doctor.path("rejection_reason").isNull()).isTrue();
        });
    }

    @Test
    void reject_storesReason() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);

            ApiResponse response = api.post(path(id, "reject"), Map.of("reason", "  Registration number not found  "));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("onboarding_status").asText()).isEqualTo("rejected");
            assertThat(response.json().path("rejection_reason").asText()).isEqualTo("Registration number not found");
        });
    }

    @Test
    void reject_withoutReason_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);

            for (String body : List.of("", "{}", "{\"reason\": \"   \"}", "{\"reason\": null}")) {
                ApiResponse response = api.post(path(id, "reject"), body);

                assertThat(assertValidationFields(response)).as("body %s", body).containsExactly("reason");
            }
            assertThat(api.get("/api/v1/doctors/" + id).json().path("onboarding_status").asText()).isEqualTo("submitted");
        });
    }

    @Test
    void reject_tooLongReason_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);

            ApiResponse response = api.post(path(id, "reject"), Map.of("reason", "x".repeat(2001)));

            assertThat(assertValidationFields(response)).containsExactly("reason");
        });
    }

    @Test
    void resubmit_afterRejection_clearsReason() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);
            api.post(path(id, "reject"), Map.of("reason", "Photo missing"));

            ApiResponse response = api.post(path(id, "submit"), null);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("onboarding_status").asText()).isEqualTo("submitted");
            assertThat(response.json().path("rejection_reason").isNull()).isTrue();
            assertThat(api.get(path(id, "status-history")).json().path("items").get(1).path("rejection_reason").asText())
                    .isEqualTo("Photo missing");
        });
    }

    @Test
    void revoke_verifiedDoctor_storesReason() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);
            api.post(path(id, "verify"), null);

            ApiResponse response = api.post(path(id, "reject"), Map.of("reason", "Licence suspended"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("onboarding_status").asText()).isEqualTo("rejected");
            assertThat(response.json().path("rejection_reason").asText()).isEqualTo("Licence suspended");
        });
    }

    @Test
    void verify_pendingDoctor_returns409WithAllowedStatuses() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.post(path(id, "verify"), null);

            JsonNode problem = assertProblem(response, 409, "TRANSITION_NOT_ALLOWED");
            assertThat(DoctorRoutesTest.texts(problem.path("allowed_statuses"))).containsExactly("submitted");
            assertThat(problem.path("detail").asText()).contains("pending").contains("verified");
            assertThat(problem.has("errors")).isFalse();
        });
    }

    @Test
    void refusedTransitions_listAllowedStatuses() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long pending = api.createDoctor(DoctorRequests.minimal(1));
            long submitted = submittedDoctor(api, 2);
            long verified = submittedDoctor(api, 3);
            api.post(path(verified, "verify"), null);

            JsonNode rejectPending = assertProblem(api.post(path(pending, "reject"), Map.of("reason", "r")), 409, "TRANSITION_NOT_ALLOWED");
            JsonNode submitSubmitted = assertProblem(api.post(path(submitted, "submit"), null), 409, "TRANSITION_NOT_ALLOWED");
            JsonNode verifyVerified = assertProblem(api.post(path(verified, "verify"), null), 409, "TRANSITION_NOT_ALLOWED");

            assertThat(DoctorRoutesTest.texts(rejectPending.path("allowed_statuses"))).containsExactly("submitted");
            assertThat(DoctorRoutesTest.texts(submitSubmitted.path("allowed_statuses"))).containsExactly("verified", "rejected");
            assertThat(DoctorRoutesTest.texts(verifyVerified.path("allowed_statuses"))).containsExactly("rejected");
        });
    }

    @Test
    void expectedStatusMismatch_returns409StatusChanged() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);
            api.post(path(id, "reject"), Map.of("reason", "Photo missing"));

            ApiResponse response = api.post(path(id, "verify"), Map.of("expected_status", "submitted"));

            JsonNode problem = assertProblem(response, 409, "STATUS_CHANGED");
            assertThat(problem.path("detail").asText()).contains("rejected").contains("submitted");
            assertThat(api.get("/api/v1/doctors/" + id).json().path("onboarding_status").asText()).isEqualTo("rejected");
        });
    }

    @Test
    void expectedStatusMatch_isAccepted() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);

            ApiResponse response = api.post(path(id, "verify"), Map.of("expected_status", "submitted"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("onboarding_status").asText()).isEqualTo("verified");
        });
    }

    @Test
    void statusBody_rejectsUnknownAndInvalidFields() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);
            Map<String, Object> body = Map.of("status", "verified", "notes", 5, "expected_status", "approved");

            ApiResponse response = api.post(path(id, "verify"), body);

            assertThat(assertValidationFields(response)).containsExactlyInAnyOrder("status", "notes", "expected_status");
            assertThat(api.get("/api/v1/doctors/" + id).json().path("onboarding_status").asText()).isEqualTo("submitted");
        });
    }

    @Test
    void statusBody_malformedJson_returns400() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = submittedDoctor(api);

            ApiResponse response = api.post(path(id, "reject"), "{\"reason\": ");

            assertProblem(response, 400, "MALFORMED_JSON");
        });
    }

    @Test
    void statusRoutes_unknownDoctor_return404() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            for (String action : List.of("submit", "verify", "reject")) {
                ApiResponse response = api.post(path(4711, action), Map.of("reason", "Duplicate profile"));

                assertProblem(response, 404, "DOCTOR_NOT_FOUND");
            }
            assertProblem(api.get(path(4711, "status-history")), 404, "DOCTOR_NOT_FOUND");
        });
    }

    @Test
    void statusRoutes_nonNumericId_return422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            assertThat(assertValidationFields(api.post("/api/v1/doctors/abc/submit", null))).containsExactly("doctor_id");
            assertThat(assertValidationFields(api.get("/api/v1/doctors/abc/status-history"))).containsExactly("doctor_id");
        });
    }

    @Test
    void submit_deletedDoctor_returns404() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));
            api.delete("/api/v1/doctors/" + id);

            ApiResponse response = api.post(path(id, "submit"), null);

            assertProblem(response, 404, "DOCTOR_NOT_FOUND");
        });
    }

    @Test
    void history_newDoctor_isEmpty() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            ApiResponse response = api.get(path(id, "status-history"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("doctor_id").asLong()).isEqualTo(id);
            assertThat(response.json().path("items").isArray()).isTrue();
            assertThat(response.json().path("items")).isEmpty();
        });
    }

    @Test
    void history_listsTransitionsOldestFirst() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));
            api.post(path(id, "submit"), Map.of("notes", "First submission"), "User-Agent", USER_AGENT);
            api.post(path(id, "reject"), Map.of("reason", "Council name missing"), "User-Agent", USER_AGENT);
            api.post(path(id, "submit"), null, "User-Agent", USER_AGENT);

            JsonNode items = api.get(path(id, "status-history")).json().path("items");

            assertThat(items).hasSize(3);
            assertThat(transitions(items)).containsExactly("pending>submitted", "submitted>rejected", "rejected>submitted");
            JsonNode first = items.get(0);
            assertThat(first.path("history_id").asText()).isNotBlank();
            assertThat(first.path("notes").asText()).isEqualTo("First submission");
            assertThat(first.path("rejection_reason").isNull()).isTrue();
            assertThat(first.path("user_agent").asText()).isEqualTo(USER_AGENT);
            assertThat(first.path("ip_address").asText()).isIn(LOOPBACK);
            assertThat(first.path("changed_at").asText()).isEqualTo(ApiFixture.NOW.toString());
            assertThat(first.has("changed_by")).isTrue();
            assertThat(first.has("changed_by_email")).isTrue();
            assertThat(items.get(1).path("rejection_reason").asText()).isEqualTo("Council name missing");
        });
    }

    @Test
    void history_refusedTransition_addsNothing() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));
            api.post(path(id, "verify"), null);
            api.post(path(id, "submit"), Map.of("expected_status", "rejected"));

            JsonNode items = api.get(path(id, "status-history")).json().path("items");

            assertThat(items).isEmpty();
        });
    }

    private static long submittedDoctor(ApiClient api) {
        return submittedDoctor(api, 1);
    }

    private static long submittedDoctor(ApiClient api, int n) {
        long id = api.createDoctor(DoctorRequests.minimal(n));
        ApiResponse submitted = api.post(path(id, "submit"), null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private static String path(long id, String action) {
        return "/api/v1/doctors/" + id + "/" + action;
    }

    private static List<String> transitions(JsonNode items) {
        List<String> transitions = new ArrayList<>();
        items.forEach(item -> transitions.add(item.path("previous_status").asText() + ">" + item.path("new_status").asText()));
        return transitions;
    }
}
