package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertNoJavaInternals;
import static org.doctoronboarding.adapter.http.ProblemAssertions.assertProblem;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.application.port.in.GetDoctorQuery;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Failures that cut across routes: unknown routes, unexpected exceptions, and what an error body may reveal. */
class ProblemResponsesTest {

    /** The message of the unexpected failure, which no response may repeat. */
    private static final String SECRET_MESSAGE = "pool exhausted for jdbc:postgresql://db.internal:5432/onboarding?user=svc";

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void unknownRoute_returns404RouteNotFound() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            for (String path : List.of("/api/v1/doctor", "/api/v2/doctors", "/", "/api/v1/doctors/1/approve")) {
                ApiResponse response = api.get(path);

                JsonNode problem = assertProblem(response, 404, "ROUTE_NOT_FOUND");
                assertThat(problem.path("detail").asText()).contains(path);
            }
        });
    }

    @Test
    void unsupportedMethod_returns405() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.send("PUT", "/api/v1/doctors/1", Map.of("specialty", "ENT"));

            JsonNode problem = assertProblem(response, 405, "METHOD_NOT_ALLOWED");
            assertThat(problem.path("detail").asText()).contains("PUT");
        });
    }

    @Test
    void unexpectedException_returns500WithoutMessage() {
        JavalinTest.test(fixture.javalin(failingGetDoctor()), (server, client) -> {
            var api = new ApiClient(client);

            ApiResponse response = api.get("/api/v1/doctors/1");

            JsonNode problem = assertProblem(response, 500, "INTERNAL_ERROR");
            assertThat(response.body()).doesNotContain(SECRET_MESSAGE);
            assertThat(response.body()).doesNotContain("IllegalStateException");
            assertThat(response.body()).doesNotContain("5432");
            assertThat(problem.has("errors")).isFalse();
        });
    }

    @Test
    void unexpectedException_isLoggedWithRequestId() {
        Logger problemsLog = (Logger) LoggerFactory.getLogger(Problems.class);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        problemsLog.addAppender(appender);
        try {
            JavalinTest.test(fixture.javalin(failingGetDoctor()), (server, client) -> {
                var api = new ApiClient(client);

                api.get("/api/v1/doctors/1", RequestIds.HEADER, "trace-500");

                assertThat(appender.list).hasSize(1);
                ILoggingEvent event = appender.list.getFirst();
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getFormattedMessage()).contains("trace-500").contains("/api/v1/doctors/1");
                assertThat(event.getThrowableProxy().getMessage()).isEqualTo(SECRET_MESSAGE);
            });
        } finally {
            problemsLog.detachAppender(appender);
        }
    }

    @Test
    void errorBodies_nameNoJavaInternals() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));

            List<ApiResponse> responses = List.of(
                    api.post("/api/v1/doctors", "{\"first_name\": }"),
                    api.post("/api/v1/doctors", "[1, 2]"),
                    api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(2), "year_of_mbbs", List.of(2008))),
                    api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(2), "external_links", "http://x")),
                    api.post("/api/v1/doctors", DoctorRequests.minimal(1)),
                    api.get("/api/v1/doctors/not-a-number"),
                    api.get("/api/v1/doctors?page_size=1e3"),
                    api.post("/api/v1/doctors/" + id + "/verify", null),
                    api.post("/api/v1/doctors/" + id + "/submit", Map.of("expected_status", 3)),
                    api.post("/api/v1/onboarding/smart-fill", "file=cv.txt", "Content-Type", "application/x-www-form-urlencoded"),
                    api.send("DELETE", "/api/v1/doctors", null));

            for (ApiResponse response : responses) {
                assertThat(response.status()).as(response.body()).isBetween(400, 499);
                assertThat(response.contentType()).as(response.body()).startsWith(Problems.CONTENT_TYPE);
                assertNoJavaInternals(response);
            }
        });
    }

    /** Returns the fixture's use cases with a doctor read that fails as a broken driver would. */
    private UseCases failingGetDoctor() {
        GetDoctorQuery failing = (id, actor) -> {
            throw new IllegalStateException(SECRET_MESSAGE);
        };
        UseCases real = fixture.useCases;
        return new UseCases(real.createDoctor(), failing, real.listDoctors(), real.updateDoctor(), real.deleteDoctor(),
                real.submitProfile(), real.verifyDoctor(), real.rejectDoctor(), real.statusHistory(), real.smartFill(),
                real.databaseHealth(), real.signIn(), real.authenticate(), real.manageUsers(), real.catalogue());
    }
}
