package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertProblem;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertValidationFields;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.junit.jupiter.api.Test;

/** The dropdown catalogue over HTTP: public reads, doctors' proposals, staff review and who may call what. */
class CatalogueRoutesTest {

    private static final String SUBMIT = "/api/v1/dropdowns/submit";
    private static final String MY_SUBMISSIONS = "/api/v1/dropdowns/my-submissions";
    private static final String ADMIN = "/api/v1/admin/dropdowns";

    private final CatalogueFixture fixture = new CatalogueFixture();

    /** One request of the staff-only API. */
    private record StaffRequest(String method, String path, Object body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Returns one request for each staff-only route, aimed at the fixture's pending proposal. */
    private List<StaffRequest> staffRequests() {
        long id = fixture.sleepMedicine;
        return List.of(
                new StaffRequest("GET", ADMIN, null),
                new StaffRequest("POST", ADMIN, Map.of("field_name", "specialty", "value", "Nuclear Medicine")),
                new StaffRequest("GET", ADMIN + "/" + id, null),
                new StaffRequest("PATCH", ADMIN + "/" + id, Map.of("label", "Sleep Medicine (Somnology)")),
                new StaffRequest("DELETE", ADMIN + "/" + id, null),
                new StaffRequest("POST", ADMIN + "/" + id + "/approve", Map.of("notes", "Fine")),
                new StaffRequest("POST", ADMIN + "/" + id + "/reject", Map.of("notes", "Duplicate")),
                new StaffRequest("POST", ADMIN + "/bulk-approve", Map.of("ids", List.of(id))),
                new StaffRequest("POST", ADMIN + "/bulk-reject", Map.of("ids", List.of(id))));
    }

    @Test
    void publicReads_withoutToken_return200() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var anonymous = new ApiClient(client, null);

            ApiResponse all = anonymous.get("/api/v1/dropdowns");
            ApiResponse specialty = anonymous.get("/api/v1/dropdowns/specialty");

            assertThat(all.status()).isEqualTo(200);
            assertThat(specialty.status()).isEqualTo(200);
            assertThat(new ApiClient(client, StubAuthentication.DOCTOR_TOKEN).get("/api/v1/dropdowns").status()).isEqualTo(200);
        });
    }

    @Test
    void allFields_listsApprovedOptionsOfEveryField() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            JsonNode fields = new ApiClient(client, null).get("/api/v1/dropdowns").json().path("fields");

            assertThat(keys(fields)).containsExactlyElementsOf(DropdownField.names());
            assertThat(values(fields.path("specialty"))).containsExactly("Cardiology", "Dermatology");
            assertThat(values(fields.path("languages_spoken"))).containsExactly("English", "Hindi");
            assertThat(fields.path("procedures_performed").isArray()).isTrue();
            assertThat(fields.path("procedures_performed")).isEmpty();
        });
    }

    @Test
    void oneField_returnsPublicViewOfApprovedOptions() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            JsonNode body = new ApiClient(client, null).get("/api/v1/dropdowns/specialty").json();

            assertThat(body.path("field_name").asText()).isEqualTo("specialty");
            JsonNode first = body.path("options").get(0);
            assertThat(keys(first)).containsExactly("id", "value", "label", "display_order");
            assertThat(first.path("id").asLong()).isEqualTo(fixture.cardiology);
            assertThat(first.path("label").asText()).isEqualTo("Cardiology");
            assertThat(values(body.path("options"))).containsExactly("Cardiology", "Dermatology");
        });
    }

    @Test
    void oneField_unknownName_returns404ListingFields() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            ApiResponse response = new ApiClient(client, null).get("/api/v1/dropdowns/hobbies");

            JsonNode problem = assertProblem(response, 404, "DROPDOWN_FIELD_NOT_FOUND");
            String detail = problem.path("detail").asText();
            assertThat(detail).contains("'hobbies'");
            for (String field : DropdownField.names()) {
                assertThat(detail).as("detail names %s", field).contains(field);
            }
        });
    }

    @Test
    void signedInRoutes_withoutToken_return401() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var anonymous = new ApiClient(client, null);

            ApiResponse submit = anonymous.post(SUBMIT, Map.of("field_name", "specialty", "value", "Nuclear Medicine"));
            ApiResponse mine = anonymous.get(MY_SUBMISSIONS);

            assertProblem(submit, 401, "TOKEN_MISSING");
            assertProblem(mine, 401, "TOKEN_MISSING");
            assertThat(fixture.options.list(null, null, "Nuclear", new PageRequest(1, 10))
                    .items()).isEmpty();
        });
    }

    @Test
    void staffRoutes_withoutToken_return401() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var anonymous = new ApiClient(client, null);

            for (StaffRequest request : staffRequests()) {
                ApiResponse response = anonymous.send(request.method(), request.path(), request.body());

                assertThat(response.status()).as("%s", request).isEqualTo(401);
                assertProblem(response, 401, "TOKEN_MISSING");
            }
        });
    }

    @Test
    void staffRoutes_doctorToken_return403() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var doctor = new ApiClient(client, StubAuthentication.DOCTOR_TOKEN);

            for (StaffRequest request : staffRequests()) {
                ApiResponse response = doctor.send(request.method(), request.path(), request.body());

                assertThat(response.status()).as("%s", request).isEqualTo(403);
                assertProblem(response, 403, "FORBIDDEN");
            }
            JsonNode option = new ApiClient(client).get(ADMIN + "/" + fixture.sleepMedicine).json();
            assertThat(option.path("status").asText()).isEqualTo("pending");
            assertThat(option.path("label").asText()).isEqualTo("Sleep Medicine");
        });
    }

    @Test
    void staffRoutes_staffAndAdmin_areAllowed() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            for (String token : List.of(StubAuthentication.STAFF_TOKEN, StubAuthentication.ADMIN_TOKEN)) {
                var staff = new ApiClient(client, token);
                long id = new ApiClient(client, StubAuthentication.DOCTOR_TOKEN)
                        .post(SUBMIT, Map.of("field_name", "fellowships", "value", "Fellowship by " + token)).json().path("id").asLong();
                String option = ADMIN + "/" + id;

                assertThat(staff.get(ADMIN).status()).as("list as %s", token).isEqualTo(200);
                assertThat(staff.post(ADMIN, Map.of("field_name", "fellowships", "value", "Created by " + token)).status())
                        .as("create as %s", token).isEqualTo(201);
                assertThat(staff.get(option).status()).as("get as %s", token).isEqualTo(200);
                assertThat(staff.patch(option, Map.of("display_order", 4)).status()).as("edit as %s", token).isEqualTo(200);
                assertThat(staff.post(option + "/approve", null).status()).as("approve as %s", token).isEqualTo(200);
                assertThat(staff.post(option + "/reject", null).status()).as("reject as %s", token).isEqualTo(200);
                assertThat(staff.post(ADMIN + "/bulk-approve", Map.of("ids", List.of(id))).status())
                        .as("bulk approve as %s", token).isEqualTo(200);
                assertThat(staff.post(ADMIN + "/bulk-reject", Map.of("ids", List.of(id))).status())
                        .as("bulk reject as %s", token).isEqualTo(200);
                assertThat(staff.delete(option).status()).as("delete as %s", token).isEqualTo(204);
            }
        });
    }

    @Test
    void submit_newValue_returns202WithCreated() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var doctor = new ApiClient(client, StubAuthentication.DOCTOR_TOKEN);

            ApiResponse response = doctor.post(SUBMIT,
                    Map.of("field_name", "specialty", "value", "  Aerospace   Medicine ", "label", "Aerospace Medicine (Aviation)"));

            assertThat(response.status()).isEqualTo(202);
            JsonNode body = response.json();
            assertThat(body.path("created").asBoolean()).isTrue();
            assertThat(body.path("id").asLong()).isPositive();
            assertThat(body.path("field_name").asText()).isEqualTo("specialty");
            assertThat(body.path("value").asText()).isEqualTo("Aerospace Medicine");
            assertThat(body.path("label").asText()).isEqualTo("Aerospace Medicine (Aviation)");
            assertThat(body.path("status").asText()).isEqualTo("pending");
            assertThat(body.path("is_system").asBoolean()).isFalse();
            assertThat(body.path("submitted_by").asText()).isEqualTo(CatalogueFixture.DOCTOR_USER_ID);
            assertThat(body.path("reviewed_at").isNull()).isTrue();
            assertThat(body.path("created_at").asText()).isEqualTo(ApiFixture.NOW.toString());
        });
    }

    @Test
    void submit_existingSpelling_returns202WithExistingOption() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var doctor = new ApiClient(client, StubAuthentication.OTHER_DOCTOR_TOKEN);

            ApiResponse approved = doctor.post(SUBMIT, Map.of("field_name", "specialty", "value", " CARDIOLOGY. "));
            ApiResponse pending = doctor.post(SUBMIT, Map.of("field_name", "specialty", "value", "sleep-medicine"));

            assertThat(approved.status()).isEqualTo(202);
            assertThat(approved.json().path("created").asBoolean()).isFalse();
            assertThat(approved.json().path("id").asLong()).isEqualTo(fixture.cardiology);
            assertThat(approved.json().path("status").asText()).isEqualTo("approved");
            assertThat(pending.status()).isEqualTo(202);
            assertThat(pending.json().path("created").asBoolean()).isFalse();
            assertThat(pending.json().path("id").asLong()).isEqualTo(fixture.sleepMedicine);
            assertThat(pending.json().path("status").asText()).isEqualTo("pending");
        });
    }

    @Test
    void submit_byStaff_isApprovedAtOnce() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            ApiResponse response = new ApiClient(client, StubAuthentication.STAFF_TOKEN)
                    .post(SUBMIT, Map.of("field_name", "languages_spoken", "value", "Tulu"));

            assertThat(response.status()).isEqualTo(202);
            assertThat(response.json().path("status").asText()).isEqualTo("approved");
            assertThat(values(new ApiClient(client, null).get("/api/v1/dropdowns/languages_spoken").json().path("options")))
                    .contains("Tulu");
        });
    }

    @Test
    void submit_unknownField_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var doctor = new ApiClient(client, StubAuthentication.DOCTOR_TOKEN);

            ApiResponse unknown = doctor.post(SUBMIT, Map.of("field_name", "hobbies", "value", "Chess"));
            ApiResponse notText = doctor.post(SUBMIT, Map.of("field_name", 42, "value", "Chess"));

            assertThat(assertValidationFields(unknown)).containsExactly("field_name");
            assertThat(unknown.json().path("errors").get(0).path("message").asText()).contains("specialty");
            assertThat(assertValidationFields(notText)).containsExactly("field_name");
        });
    }

    @Test
    void submit_missingOrBlankValue_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var doctor = new ApiClient(client, StubAuthentication.DOCTOR_TOKEN);

            ApiResponse missing = doctor.post(SUBMIT, Map.of("field_name", "specialty"));
            ApiResponse blank = doctor.post(SUBMIT, Map.of("field_name", "specialty", "value", "   "));
            ApiResponse punctuation = doctor.post(SUBMIT, Map.of("field_name", "specialty", "value", "--"));
            ApiResponse tooLong = doctor.post(SUBMIT, Map.of("field_name", "specialty", "value", "x".repeat(256)));

            assertThat(assertValidationFields(missing)).containsExactly("value");
            assertThat(assertValidationFields(blank)).containsExactly("value");
            assertThat(assertValidationFields(punctuation)).containsExactly("value");
            assertThat(assertValidationFields(tooLong)).containsExactly("value");
        });
    }

    @Test
    void mySubmissions_listsOwnProposalsNewestFirst() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var doctor = new ApiClient(client, StubAuthentication.DOCTOR_TOKEN);
            long own = doctor.post(SUBMIT, Map.of("field_name", "specialty", "value", "Nuclear Medicine")).json().path("id").asLong();
            new ApiClient(client, StubAuthentication.OTHER_DOCTOR_TOKEN).post(SUBMIT, Map.of("field_name", "specialty", "value", "Tropical Medicine"));

            ApiResponse response = doctor.get(MY_SUBMISSIONS);

            assertThat(response.status()).isEqualTo(200);
            JsonNode items = response.json().path("items");
            assertThat(ids(items)).containsExactly(own, fixture.sleepMedicine);
            assertThat(items.get(0).path("status").asText()).isEqualTo("pending");
        });
    }

    @Test
    void createProfile_unknownSpecialty_appearsInMySubmissions() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var doctor = new ApiClient(client, StubAuthentication.DOCTOR_TOKEN);
            Map<String, Object> profile = DoctorRequests.with(DoctorRequests.minimal(1), "specialty", "Aerospace Medicine");
            profile.put("languages_spoken", List.of("english", "Hindi."));

            doctor.createDoctor(profile);

            JsonNode items = doctor.get(MY_SUBMISSIONS).json().path("items");
            assertThat(values(items)).containsExactly("Aerospace Medicine", "Sleep Medicine");
            assertThat(items.get(0).path("status").asText()).isEqualTo("pending");
        });
    }

    @Test
    void adminList_filtersAndCountsPending() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);

            JsonNode pending = staff.get(ADMIN + "?field_name=specialty&status=pending").json();
            JsonNode byText = staff.get(ADMIN + "?q=DERM").json();
            JsonNode paged = staff.get(ADMIN + "?page=2&page_size=2").json();

            assertThat(ids(pending.path("items"))).containsExactly(fixture.sleepMedicine);
            assertThat(pending.path("total").asLong()).isEqualTo(1);
            assertThat(pending.path("pending_count").asLong()).isEqualTo(1);
            assertThat(ids(byText.path("items"))).containsExactly(fixture.dermatology);
            assertThat(paged.path("page").asInt()).isEqualTo(2);
            assertThat(paged.path("page_size").asInt()).isEqualTo(2);
            assertThat(paged.path("total").asLong()).isEqualTo(5);
            assertThat(paged.path("items")).hasSize(2);
        });
    }

    @Test
    void adminList_invalidFilters_return422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);

            assertThat(assertValidationFields(staff.get(ADMIN + "?status=draft"))).containsExactly("status");
            assertThat(assertValidationFields(staff.get(ADMIN + "?field_name=hobbies"))).containsExactly("field_name");
            assertThat(assertValidationFields(staff.get(ADMIN + "?page=0"))).containsExactly("page");
        });
    }

    @Test
    void create_newAndExistingValue_return201And200() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);

            ApiResponse created = staff.post(ADMIN, Map.of("field_name", "specialty", "value", "Nuclear Medicine",
                    "label", "Nuclear Medicine (NM)", "display_order", 3));
            ApiResponse existing = staff.post(ADMIN, Map.of("field_name", "specialty", "value", "dermatology"));

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().path("created").asBoolean()).isTrue();
            assertThat(created.json().path("status").asText()).isEqualTo("approved");
            assertThat(created.json().path("display_order").asInt()).isEqualTo(3);
            assertThat(created.json().path("submitted_by").asText()).isEqualTo("2");
            assertThat(existing.status()).isEqualTo(200);
            assertThat(existing.json().path("created").asBoolean()).isFalse();
            assertThat(existing.json().path("id").asLong()).isEqualTo(fixture.dermatology);
        });
    }

    @Test
    void create_unknownField_returns422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);

            ApiResponse unknown = staff.post(ADMIN, Map.of("field_name", "hobbies", "value", "Chess"));
            ApiResponse missing = staff.post(ADMIN, Map.of("value", "Chess"));

            assertThat(assertValidationFields(unknown)).containsExactly("field_name");
            assertThat(assertValidationFields(missing)).containsExactly("field_name");
        });
    }

    @Test
    void getOption_missingOrInvalidId_returns404Or422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);

            assertProblem(staff.get(ADMIN + "/9999"), 404, "DROPDOWN_OPTION_NOT_FOUND");
            assertThat(assertValidationFields(staff.get(ADMIN + "/abc"))).containsExactly("option_id");
            assertThat(assertValidationFields(staff.get(ADMIN + "/0"))).containsExactly("option_id");
        });
    }

    @Test
    void edit_changesLabelOrderAndNotes() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);

            ApiResponse response = staff.patch(ADMIN + "/" + fixture.hindi,
                    Map.of("label", "Hindi (हिन्दी)", "display_order", 7, "review_notes", "Script added"));

            assertThat(response.status()).isEqualTo(200);
            JsonNode stored = staff.get(ADMIN + "/" + fixture.hindi).json();
            assertThat(stored.path("label").asText()).isEqualTo("Hindi (हिन्दी)");
            assertThat(stored.path("display_order").asInt()).isEqualTo(7);
            assertThat(stored.path("review_notes").asText()).isEqualTo("Script added");
            assertThat(stored.path("value").asText()).isEqualTo("Hindi");
        });
    }

    @Test
    void approve_recordsReviewerAndRefusesRepeat() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);
            String approve = ADMIN + "/" + fixture.sleepMedicine + "/approve";

            ApiResponse first = staff.post(approve, Map.of("notes", "Recognised by the national board"));
            ApiResponse repeat = staff.post(approve, null);

            assertThat(first.status()).isEqualTo(200);
            JsonNode option = first.json();
            assertThat(option.path("status").asText()).isEqualTo("approved");
            assertThat(option.path("reviewed_by").asText()).isEqualTo("2");
            assertThat(option.path("reviewed_at").asText()).isEqualTo(ApiFixture.NOW.toString());
            assertThat(option.path("review_notes").asText()).isEqualTo("Recognised by the national board");
            JsonNode problem = assertProblem(repeat, 409, "OPTION_TRANSITION_NOT_ALLOWED");
            assertThat(problem.path("detail").asText()).contains("'approved'");
        });
    }

    @Test
    void reject_withoutBody_hidesOption() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.ADMIN_TOKEN);

            ApiResponse response = staff.post(ADMIN + "/" + fixture.english + "/reject", null);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("status").asText()).isEqualTo("rejected");
            assertThat(values(new ApiClient(client, null).get("/api/v1/dropdowns/languages_spoken").json().path("options")))
                    .containsExactly("Hindi");
        });
    }

    @Test
    void delete_systemOption_returns403WithReason() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var admin = new ApiClient(client);

            ApiResponse response = admin.delete(ADMIN + "/" + fixture.cardiology);

            JsonNode problem = assertProblem(response, 403, "FORBIDDEN");
            assertThat(problem.path("detail").asText()).contains("system value").contains("reject it");
            assertThat(admin.get(ADMIN + "/" + fixture.cardiology).status()).isEqualTo(200);
        });
    }

    @Test
    void delete_staffAddedOption_returns204() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);

            ApiResponse response = staff.delete(ADMIN + "/" + fixture.hindi);

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
            assertProblem(staff.get(ADMIN + "/" + fixture.hindi), 404, "DROPDOWN_OPTION_NOT_FOUND");
            assertProblem(staff.delete(ADMIN + "/" + fixture.hindi), 404, "DROPDOWN_OPTION_NOT_FOUND");
        });
    }

    @Test
    void bulkApprove_mixedIds_returnsResultPerId() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);

            ApiResponse response = staff.post(ADMIN + "/bulk-approve",
                    Map.of("ids", List.of(fixture.sleepMedicine, fixture.cardiology, 9999), "notes", "Weekly review"));

            assertThat(response.status()).isEqualTo(200);
            JsonNode results = response.json().path("results");
            assertThat(results).hasSize(3);
            assertThat(keys(results.get(0))).containsExactly("id", "result", "status");
            assertResult(results.get(0), fixture.sleepMedicine, "updated", "approved");
            assertResult(results.get(1), fixture.cardiology, "not_allowed", "approved");
            assertThat(results.get(2).path("id").asLong()).isEqualTo(9999);
            assertThat(results.get(2).path("result").asText()).isEqualTo("not_found");
            assertThat(results.get(2).path("status").isNull()).isTrue();
        });
    }

    @Test
    void bulkReject_mixedIds_returnsResultPerId() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);
            staff.post(ADMIN + "/" + fixture.hindi + "/reject", null);

            ApiResponse response = staff.post(ADMIN + "/bulk-reject",
                    Map.of("ids", List.of(fixture.hindi, fixture.english, fixture.sleepMedicine)));

            assertThat(response.status()).isEqualTo(200);
            JsonNode results = response.json().path("results");
            assertResult(results.get(0), fixture.hindi, "not_allowed", "rejected");
            assertResult(results.get(1), fixture.english, "updated", "rejected");
            assertResult(results.get(2), fixture.sleepMedicine, "updated", "rejected");
        });
    }

    @Test
    void bulk_invalidIds_return422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);
            List<Long> tooMany = LongStream.rangeClosed(1, 201).boxed().toList();

            for (String path : List.of(ADMIN + "/bulk-approve", ADMIN + "/bulk-reject")) {
                assertThat(assertValidationFields(staff.post(path, Map.of("ids", tooMany)))).as(path).containsExactly("ids");
                assertThat(assertValidationFields(staff.post(path, Map.of("ids", List.of())))).as(path).containsExactly("ids");
                assertThat(assertValidationFields(staff.post(path, Map.of("ids", List.of("abc"))))).as(path).containsExactly("ids");
                assertThat(assertValidationFields(staff.post(path, Map.of("ids", List.of(-4))))).as(path).containsExactly("ids");
                assertThat(assertValidationFields(staff.post(path, Map.of("notes", "No ids")))).as(path).containsExactly("ids");
            }
            assertThat(staff.get(ADMIN + "/1").json().path("status").asText()).isEqualTo("approved");
        });
    }

    @Test
    void unknownBodyFields_return422() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var doctor = new ApiClient(client, StubAuthentication.DOCTOR_TOKEN);
            var staff = new ApiClient(client, StubAuthentication.STAFF_TOKEN);
            String option = ADMIN + "/" + fixture.sleepMedicine;
            Map<String, ApiResponse> responses = new LinkedHashMap<>();

            responses.put("submit", doctor.post(SUBMIT, Map.of("field_name", "specialty", "value", "Nuclear Medicine", "status", "approved")));
            responses.put("create", staff.post(ADMIN, Map.of("field_name", "specialty", "value", "Nuclear Medicine", "status", "approved")));
            responses.put("edit", staff.patch(option, Map.of("status", "approved")));
            responses.put("approve", staff.post(option + "/approve", Map.of("notes", "ok", "status", "approved")));
            responses.put("reject", staff.post(option + "/reject", Map.of("status", "approved")));
            responses.put("bulk approve", staff.post(ADMIN + "/bulk-approve", Map.of("ids", List.of(fixture.sleepMedicine), "status", "approved")));
            responses.put("bulk reject", staff.post(ADMIN + "/bulk-reject", Map.of("ids", List.of(fixture.sleepMedicine), "status", "approved")));

            responses.forEach((route, response) ->
                    assertThat(assertValidationFields(response)).as(route).containsExactly("status"));
            assertThat(staff.get(option).json().path("status").asText()).isEqualTo("pending");
            assertThat(values(staff.get(ADMIN + "?q=Nuclear").json().path("items"))).isEmpty();
        });
    }

    private static void assertResult(JsonNode result, long id, String outcome, String status) {
        assertThat(result.path("id").asLong()).as("id in %s", result).isEqualTo(id);
        assertThat(result.path("result").asText()).as("result in %s", result).isEqualTo(outcome);
        assertThat(result.path("status").asText()).as("status in %s", result).isEqualTo(status);
    }

    private static List<String> values(JsonNode options) {
        List<String> values = new ArrayList<>();
        options.forEach(option -> values.add(option.path("value").asText()));
        return values;
    }

    private static List<Long> ids(JsonNode options) {
        List<Long> ids = new ArrayList<>();
        options.forEach(option -> ids.add(option.path("id").asLong()));
        return ids;
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
