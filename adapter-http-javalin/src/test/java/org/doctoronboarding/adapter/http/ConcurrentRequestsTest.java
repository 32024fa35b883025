package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Conflicting requests sent at the same time: exactly one wins and the others get 409. */
class ConcurrentRequestsTest {

    private static final int CALLERS = 8;

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void concurrentVerify_oneWins() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            long id = api.createDoctor(DoctorRequests.minimal(1));
            api.post("/api/v1/doctors/" + id + "/submit", null);

            List<ApiResponse> responses = sendAtOnce(() -> api.post("/api/v1/doctors/" + id + "/verify", null));

            assertThat(statuses(responses)).containsOnlyOnce(200);
            assertThat(statuses(responses)).filteredOn(status -> status != 200).containsOnly(409);
            for (ApiResponse response : responses) {
                if (response.status() == 409) {
                    assertThat(response.json().path("code").asText()).isIn("STATUS_CHANGED", "TRANSITION_NOT_ALLOWED");
                }
            }
            assertThat(api.get("/api/v1/doctors/" + id + "/status-history").json().path("items")).hasSize(2);
        });
    }

    @Test
    void concurrentCreate_sameEmail_oneWins() {
        JavalinTest.test(fixture.javalin(), (server, client) -> {
            var api = new ApiClient(client);
            List<Integer> numbers = new ArrayList<>();

            List<ApiResponse> responses = sendAtOnce(() -> {
                int n;
                synchronized (numbers) {
                    n = numbers.size() + 1;
                    numbers.add(n);
                }
                return api.post("/api/v1/doctors", DoctorRequests.with(DoctorRequests.minimal(n), "email", "shared@example.in"));
            });

            assertThat(statuses(responses)).containsOnlyOnce(201);
            assertThat(statuses(responses)).filteredOn(status -> status != 201).containsOnly(409);
            assertThat(api.get("/api/v1/doctors").json().path("total").asLong()).isEqualTo(1);
        });
    }

    /** Starts {@value #CALLERS} copies of the request together and returns their responses. */
    private static List<ApiResponse> sendAtOnce(Callable<ApiResponse> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();

            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<ApiResponse> responses) {
        return responses.stream().map(ApiResponse::status).toList();
    }
}
